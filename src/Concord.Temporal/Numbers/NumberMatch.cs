using System.Text.RegularExpressions;

namespace Concord.Temporal.Numbers;

/// <summary>Where one part of a number match lies in the text (empty, the default: the part is absent; no part matches empty).</summary>
public readonly record struct MatchPart(int Index, int Length)
{
    public bool Success => Length > 0;

    public int End => Index + Length;

    public string Value(string text) => text.Substring(Index, Length);

    /// <summary>The part's text in place (a lexicon looks an ASCII span up without a string).</summary>
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Index, Length);
}

/// <summary>
/// A match of a language's number pattern, by parts named as the pattern's groups: qualifier,
/// currency, digits (n) or number words (w, u) and multiplier (x) of each end of a range, "+",
/// "%" and the counted noun. Found by the hand-written scanner or, where it cannot tell, by the pattern.
/// </summary>
public struct NumberMatch
{
    public int Index;
    public int End;
    public MatchPart Q;
    public MatchPart Cur;
    public MatchPart N1;
    public MatchPart W1;
    public MatchPart U1;
    public MatchPart X1;
    public MatchPart N2;
    public MatchPart W2;
    public MatchPart U2;
    public MatchPart X2;
    public MatchPart Plus;
    public MatchPart Pct;
    public MatchPart Counted;

    public static NumberMatch From(Match m)
    {
        var n = new NumberMatch { Index = m.Index };
        n.End = m.Index + m.Length;
        n.Q = Part(m, "q");
        n.Cur = Part(m, "cur");
        n.N1 = Part(m, "n1");
        n.W1 = Part(m, "w1");
        n.U1 = Part(m, "u1");
        n.X1 = Part(m, "x1");
        n.N2 = Part(m, "n2");
        n.W2 = Part(m, "w2");
        n.U2 = Part(m, "u2");
        n.X2 = Part(m, "x2");
        n.Plus = Part(m, "plus");
        n.Pct = Part(m, "pct");
        n.Counted = Part(m, "counted");
        return n;
    }

    private static MatchPart Part(Match m, string name) => m.Groups[name] is { Success: true } g ? new(g.Index, g.Length) : default;
}
