using Concord.Model;
using Concord.Temporal;

namespace Concord.Tests.Temporal;

/// <summary>Which language's rules read a sentence whose own language has no temporal resources.</summary>
public class LanguageFallbackTests
{
    private static IReadOnlyList<TimeExpression> Tag(string text, string documentLanguage, string sentenceLanguage)
    {
        var source = new SourceDocument("quote.txt", "quote.txt", "txt", text, "", text.Length);
        var span = new TextSpan(0, text.Length);
        var doc = new AnalyzedDocument(source, documentLanguage, [new Paragraph(span, documentLanguage, 1)], [],
            [new Sentence(0, span, sentenceLanguage, SectionKind.Body, null)]);
        return new TemporalTagger().Tag(doc);
    }

    [Fact]
    public void SentenceWithoutResourcesIsReadWithTheDocumentsLanguage()
    {
        // From 003; the sentence misread as Italian (no temporal resources) inside an English document.
        var t = Tag("Several foreign groups fought on both sides in the intense period of fighting in 1992–94.", "en", "it").Only("1992–94");
        Assert.Equal(("1992", "1994"), t.Range());
        Assert.StartsWith("en-", t.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentWithoutResourcesFallsBackToEnglish()
    {
        // From 001 (Latvian), in a document whose language has no resources: English rules read it, not Latvian ones.
        var found = Tag("parlaments savā galvaspilsētā Stepanakertā 1988. gada 20. februārī nobalsoja par reģiona apvienošanu", "it", "it");
        Assert.All(found, t => Assert.StartsWith("en-", t.Rule, StringComparison.Ordinal));
        Assert.DoesNotContain(found, t => t.Value == "1988-02-20");
    }
}
