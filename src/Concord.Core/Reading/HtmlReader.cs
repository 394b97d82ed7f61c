using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Concord.Reading;

/// <summary>
/// HTML: the visible text only. Scripts, styles and page furniture (nav, header, footer, aside)
/// are dropped; block elements end a line, headings and list items become lines of their own,
/// so the segmenter sees the same line structure a reader sees. The returned text is what all
/// offsets of an HTML document refer to.
/// </summary>
public sealed class HtmlReader : IFormatReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "head",
        "iframe", "object", "svg", "canvas", "button", "form", "select", "textarea",
    };

    /// <summary>ARIA landmarks that are page furniture, not the document.</summary>
    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar",
    };

    /// <summary>Class names (whole tokens) that sites commonly give to navigation boxes, edit links, share bars and ads.</summary>
    private static readonly HashSet<string> DroppedClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "navbox", "navbar", "nav", "menu", "breadcrumb", "breadcrumbs", "sidebar", "share", "social",
        "cookie", "cookies", "advert", "advertisement", "ad", "ads", "mw-editsection", "noprint", "skip-link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd",
        "li", "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "address", "details", "summary", "body", "html",
    };

    public string Format => "html";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public string ExtractText(string decoded)
    {
        var document = new HtmlParser().ParseDocument(decoded);
        var writer = new VisibleTextWriter();
        if (document.Body is { } body)
        {
            Walk(body, writer);
        }

        return writer.ToString();
    }

    private static void Walk(INode node, VisibleTextWriter writer)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.AppendInline(text.Data);
                    break;
                case IElement element when IsHidden(element):
                    break;
                case IElement element when element.LocalName == "br":
                    writer.EndLine();
                    break;
                case IElement element when element.LocalName is "td" or "th":
                    // Cells of one row stay on one line (a table row is one "sentence").
                    writer.AppendInline(" ");
                    Walk(element, writer);
                    writer.AppendInline(" ");
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    bool spaced = element.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
                        or "table" or "ul" or "ol" or "blockquote" or "figure";
                    writer.EndBlock(spaced);
                    Walk(element, writer);
                    writer.EndBlock(spaced);
                    break;
                case IElement element:
                    Walk(element, writer);
                    break;
            }
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (Dropped.Contains(element.LocalName) || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && DroppedRoles.Contains(role.Trim()))
        {
            return true;
        }

        foreach (var token in element.ClassList)
        {
            if (DroppedClasses.Contains(token))
            {
                return true;
            }
        }

        var style = element.GetAttribute("style");
        return style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Collapses HTML whitespace the way a browser renders it, keeping line structure.</summary>
    private sealed class VisibleTextWriter
    {
        private readonly StringBuilder text = new();
        private bool pendingSpace;

        public void AppendInline(string data)
        {
            foreach (char c in data)
            {
                if (char.IsWhiteSpace(c) && c != '\u00A0')
                {
                    pendingSpace = text.Length > 0 && text[^1] != '\n';
                    continue;
                }

                if (pendingSpace)
                {
                    text.Append(' ');
                    pendingSpace = false;
                }

                text.Append(c);
            }
        }

        public void EndLine()
        {
            TrimTrailingSpace();
            text.Append('\n');
            pendingSpace = false;
        }

        public void EndBlock(bool blankLine)
        {
            TrimTrailingSpace();
            pendingSpace = false;
            if (text.Length == 0)
            {
                return;
            }

            if (text[^1] != '\n')
            {
                text.Append('\n');
            }

            if (blankLine && (text.Length < 2 || text[^2] != '\n'))
            {
                text.Append('\n');
            }
        }

        public override string ToString()
        {
            TrimTrailingSpace();
            var s = text.ToString();
            return s.TrimEnd('\n') + (s.Length > 0 ? "\n" : string.Empty);
        }

        private void TrimTrailingSpace()
        {
            while (text.Length > 0 && text[^1] == ' ')
            {
                text.Length--;
            }
        }
    }
}
