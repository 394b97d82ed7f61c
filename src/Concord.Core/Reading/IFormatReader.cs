namespace Concord.Reading;

/// <summary>
/// Turns the decoded text of one file format into the plain text Concord analyses. Offsets of
/// every later stage refer to the returned text, so a format that keeps its text as is (plain
/// text, Markdown) returns the decoded string unchanged.
/// </summary>
public interface IFormatReader
{
    /// <summary>Short format name stored with the document ("txt", "md", "html").</summary>
    string Format { get; }

    /// <summary>File extensions with the dot, lower case.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    string ExtractText(string decoded);
}
