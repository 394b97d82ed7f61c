using Concord.Model;

namespace Concord.Gazetteer.Text;

/// <summary>A word of the text with its offsets, its folded form and how it was written.</summary>
public sealed record NameToken(TextSpan Span, string Original, string Folded)
{
    public bool IsCapitalized => Original.Length > 0 && char.IsUpper(Original[0]);

    /// <summary>All letters upper case ("UN", "OSCE", "KKR").</summary>
    public bool IsAllCaps => Original.Any(char.IsLetter) && Original.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
