namespace Concord.Reading;

/// <summary>
/// Markdown is kept as written so that offsets point into the file a user can open; the
/// segmenter recognises ATX headings ("# Title") and list markers as line structure.
/// </summary>
public sealed class MarkdownReader : IFormatReader
{
    public string Format => "md";

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public string ExtractText(string decoded) => decoded;
}
