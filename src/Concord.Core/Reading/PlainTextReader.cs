namespace Concord.Reading;

/// <summary>Plain text: the decoded file is the document text.</summary>
public sealed class PlainTextReader : IFormatReader
{
    public string Format => "txt";

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public string ExtractText(string decoded) => decoded;
}
