namespace Concord.Store;

/// <summary>A document row as listed by `concord docs`.</summary>
public sealed record StoredDocument(
    long Id,
    string Name,
    string Path,
    string Format,
    string Language,
    long ByteSize,
    long Chars,
    string Hash,
    string IngestedAt,
    long Sentences,
    long Events,
    long Figures);

/// <summary>What saving one analysed document did.</summary>
public enum SaveOutcome
{
    Added,
    Replaced,
    Unchanged,
}
