namespace Concord.Model;

/// <summary>What part of a document a stretch of text belongs to; decides whether it is mined.</summary>
public enum SectionKind
{
    Body,
    Heading,
    Infobox,
    Caption,
    Table,
    References,
    SeeAlso,
    Navigation,
}

public static class SectionKindExtensions
{
    /// <summary>Reference lists, bibliographies, "See also" and navigation are stored but never mined.</summary>
    public static bool IsExtractable(this SectionKind kind) =>
        kind is not (SectionKind.References or SectionKind.SeeAlso or SectionKind.Navigation);
}

/// <summary>A contiguous part of a document with one kind (a references list, an infobox…).</summary>
public sealed record Section(TextSpan Span, SectionKind Kind, string? Title);

/// <summary>A paragraph (a run of text between blank lines or line breaks) with its own language.</summary>
public sealed record Paragraph(TextSpan Span, string Language, double Confidence);

/// <summary>
/// A sentence with offsets into the document text, the language of the paragraph it sits in,
/// the kind of section it belongs to and the nearest heading above it (used to resolve dates).
/// </summary>
public sealed record Sentence(int Index, TextSpan Span, string Language, SectionKind Section, string? Heading);
