using Concord.Model;

namespace Concord.Tests.Gazetteer;

/// <summary>One-sentence documents for the recognisers, checked to be real corpus text.</summary>
internal static class GazetteerTestDocuments
{
    /// <summary>A document made of <paramref name="sentence"/>, which must occur in corpus document <paramref name="prefix"/>.</summary>
    public static AnalyzedDocument FromCorpus(string prefix, string language, string sentence)
    {
        Assert.Contains(sentence, TestPaths.CorpusText(prefix));
        return Of(language, sentence);
    }

    public static AnalyzedDocument Of(string language, string text)
    {
        var source = new SourceDocument("test.txt", "test.txt", "txt", text, "", text.Length);
        var sentence = new Sentence(0, new TextSpan(0, text.Length), language, SectionKind.Body, null);
        return new AnalyzedDocument(source, language, [], [], [sentence]);
    }
}
