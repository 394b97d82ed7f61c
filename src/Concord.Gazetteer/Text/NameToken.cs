using Concord.Model;

namespace Concord.Gazetteer.Text;

/// <summary>A word of the text with its offsets, its folded form and how it was written.</summary>
public sealed class NameToken
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
