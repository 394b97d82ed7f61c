namespace Concord.Model;

/// <summary>
/// A document as read from disk: its name, where it came from, and the plain text that all
/// offsets refer to (for HTML, the visible text; for text and Markdown, the file as decoded).
/// </summary>
public sealed record SourceDocument(
    string Name,
    string Path,
    string Format,
    string Text,
    string ContentHash,
    long ByteSize);
