using Concord.Model;

namespace Concord.Gazetteer.Text;

/// <summary>
/// A word of the text with its offsets, its folded form and how it was written. A value (offsets and
/// a shared <see cref="WordForm"/>): a document has a token per word, so no object per token.
/// </summary>
public readonly struct NameToken
{
    internal NameToken(TextSpan span, WordForm form)
    {
        Span = span;
        Form = form;
    }

    public TextSpan Span { get; }

    public string Original => Form.Original;

    public string Folded => Form.Folded;

    public bool IsCapitalized => Form.IsCapitalized;

    /// <summary>All letters upper case ("UN", "OSCE", "KKR").</summary>
    public bool IsAllCaps => Form.IsAllCaps;

    internal WordForm Form { get; }
}
