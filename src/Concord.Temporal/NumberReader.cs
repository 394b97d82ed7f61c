using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Languages;
using Concord.Model;
using Concord.Pipeline;
using Concord.Temporal.Engine;
using Concord.Temporal.Numbers;

namespace Concord.Temporal;

/// <summary>
/// Reads numbers, ranges, qualified and open bounds, number words and what they count, with each
/// sentence's language rules (all languages when its language has none). Numbers that are part
/// of a date ("1988–1994", "20 February"), citation marks ("[25]") and identifiers ("62/243",
/// "Mi-24") are not counts and are skipped.
/// </summary>
public sealed partial class NumberReader : INumberReader
{
    private static readonly Lazy<LanguageRegistry<NumberLanguage>> Registry = new(() => new LanguageRegistry<NumberLanguage>());

    public static IReadOnlyCollection<string> Languages => Registry.Value.Languages;

    private readonly TemporalTagger dates = new();

    /// <summary>Stand-alone use (`concord numbers`, tests): tags the document's dates itself.</summary>
    public IReadOnlyList<NumberExpression> Read(AnalyzedDocument document) => Read(document, dates.Tag(document));

    public IReadOnlyList<NumberExpression> Read(AnalyzedDocument document, IReadOnlyList<TimeExpression> times)
    {
        var text = document.Text;
        var dateSpans = times.Where(t => t.Type is TimexType.Date or TimexType.Time).Select(t => t.Span).OrderBy(s => s.Start).ToList();
        var found = new List<NumberExpression>();
        int covered = 0;
        foreach (var run in LanguageRun.Of(document))
        {
            var own = Registry.Value.For(run.Language);
            // A sentence in a language without resources (a quote, a misread short line) is read
            // with the document's language, else English; every language's rules would cost
            // several times as much and read one language's words with another's rules.
            own ??= Registry.Value.For(document.Language) ?? Registry.Value.For("en");
            IEnumerable<NumberLanguage> languages = own is null ? Registry.Value.All : [own];
            foreach (var lang in languages)
            {
                // Try the anchored pattern only where a number can start (a digit, a currency sign,
                // the first letters of a number word or qualifier, not inside a word or number),
                // going on after each match as a scanning regex would.
                int end = run.Start + run.Length;
                for (int at = run.Start; at < end; at++)
                {
                    if ((at > run.Start && !NumberLanguage.CanFollow(text[at - 1])) || !lang.MayStartAt(text, at, end))
                    {
                        continue;
                    }

                    // Where the match is first, without captures: most numbers here lie inside a date
                    // ("20 February 1988") and need no groups to be dropped.
                    if (lang.Pattern.Span(text.AsSpan(at, end - at)) is not { } span)
                    {
                        continue;
                    }

                    int from = at;
                    at = from + span.Index + span.Length - 1;
                    if (from + span.Index < covered || InsideDate(from + span.Index, at + 1, dateSpans))
                    {
                        continue;
                    }

                    // The same call on the same input, so the same match, now with its groups.
                    var m = lang.Pattern.Match(text, from, end - from);
                    if (IsNotACount(text, m, dateSpans))
                    {
                        continue;
                    }

                    if (Read(m, lang, text) is { } n)
                    {
                        found.Add(n);
                        covered = m.Index + m.Length;
                    }
                }
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>Whether a date holds all of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static bool InsideDate(int start, int end, List<TextSpan> dateSpans)
    {
        // Dates do not overlap, so only the last one starting at or before the number can hold it.
        int lo = 0, hi = dateSpans.Count - 1, last = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (dateSpans[mid].Start <= start)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return last >= 0 && dateSpans[last].Contains(new TextSpan(start, end));
    }

    private static bool IsNotACount(string text, Match m, List<TextSpan> dateSpans)
    {
        var first = m.Groups["n1"].Success ? m.Groups["n1"] : m.Groups["w1"];
        if (InsideDate(first.Index, first.Index + first.Length, dateSpans))
        {
            return true;
        }

        int before = m.Index - 1, after = m.Index + m.Length;
        // Citation marks: "[25]", "[lower-alpha 6]".
        if (after < text.Length && text[after] == ']')
        {
            return true;
        }

        return before >= 2 && PageCue().IsMatch(text.AsSpan(Math.Max(0, m.Index - 5), Math.Min(5, m.Index)));
    }

    [GeneratedRegex(@"\bp{1,2}\.\s*$")]
    private static partial Regex PageCue();

    private static NumberExpression? Read(Match m, NumberLanguage lang, string text)
    {
        double? low = Value(m, lang, 1);
        if (low is null)
        {
            return null;
        }

        double? high = Value(m, lang, 2) ?? low;
        if (high < low)
        {
            (low, high) = (high, low);
        }

        var qualifier = m.Groups["q"].Success && lang.Qualifiers.TryGet(m.Groups["q"].Value, out var q) ? q : NumberQualifier.Exact;
        if (m.Groups["plus"].Success)
        {
            qualifier = NumberQualifier.AtLeast;
        }

        if (qualifier is NumberQualifier.AtLeast or NumberQualifier.MoreThan)
        {
            high = null;
        }

        string? unit = m.Groups["pct"].Success ? "%"
            : m.Groups["cur"].Success ? Currency(m.Groups["cur"].Value)
            : m.Groups["x1"].Success ? lang.MultiplierUnits.Get(m.Groups["x1"].Value) : null;
        string? counted = m.Groups["counted"].Success ? lang.CountedNouns.Get(m.Groups["counted"].Value) : null;
        return new NumberExpression(new TextSpan(m.Index, m.Index + m.Length), m.Value, low.Value, high, qualifier, unit, counted,
            lang.Language + (m.Groups["w1"].Success ? "-words" : "-digits"));
    }

    private static string Currency(string symbol) => symbol switch
    {
        "$" => "USD",
        "€" => "EUR",
        _ => "GBP",
    };

    private static double? Value(Match m, NumberLanguage lang, int i)
    {
        double? v = null;
        var digits = m.Groups["n" + i];
        if (digits.Success)
        {
            var s = digits.Value.Replace("\u00A0", "").Replace("\u202F", "").Replace(" ", "");
            s = lang.DecimalComma ? s.Replace(".", "").Replace(',', '.') : s.Replace(",", "");
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                v = d;
            }
        }
        else if (m.Groups["w" + i].Success && lang.Words.TryGet(m.Groups["w" + i].Value, out var w))
        {
            v = w;
            if (m.Groups["u" + i].Success && lang.Words.TryGet(m.Groups["u" + i].Value, out var u) && w >= 20 && w % 10 == 0 && u < 10)
            {
                v += u;
            }
        }

        if (v is not null && m.Groups["x" + i].Success && lang.Multipliers.TryGet(m.Groups["x" + i].Value, out var x))
        {
            v *= x;
        }

        return v;
    }
}
