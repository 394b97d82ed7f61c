using Concord.Model;
using Concord.Segmenting;

namespace Concord.Tests.Languages;

/// <summary>
/// German capitalises every noun, so its prose has fewer lower-case words than English: adjacent
/// short German sentences with dates must stay prose (split into sentences), not become a table.
/// </summary>
public class GermanSegmentationTests
{
    private static AnalyzedDocument Segment(string text) =>
        new DocumentSegmenter().Segment(new SourceDocument("de.txt", "de.txt", "txt", text, "", text.Length));

    [Fact]
    public void ShortGermanLinesWithDatesAreProseNotATable()
    {
        string[] lines =
        [
            "Am 26. August 2008 erkannte Russland die Unabhängigkeit Abchasiens und Südossetiens an.",
            "Am 1. Oktober 2008 nahm eine Beobachtermission der Europäischen Union ihre Arbeit auf.",
            "Nach offiziellen Angaben wurden 170 georgische Soldaten und 228 Zivilisten getötet.",
        ];
        var doc = Segment(string.Join("\n", lines) + "\n");

        Assert.Equal("de", doc.Language);
        foreach (var line in lines)
        {
            Assert.Equal(SectionKind.Body, doc.SectionAt(doc.Text.IndexOf(line, StringComparison.Ordinal)));
            Assert.Contains(doc.Sentences, s => s.Span.Slice(doc.Text) == line && s.Section == SectionKind.Body);
        }
    }

    [Fact]
    public void EnglishRowsOfNamesAndFiguresAreStillATable()
    {
        var doc = Segment("Georgia 170 Soldiers 228 Civilians 14 Police Officers Total Losses.\nRussia 67 Soldiers 0 Civilians Total Losses Reported By Moscow Officials.\nSouth Ossetia 365 Total Losses Reported By Local Authorities In Tskhinvali.\n");
        Assert.Equal(SectionKind.Table, doc.SectionAt(0));
    }

    [Fact]
    public void CapitalisedNounsIsALanguageProperty()
    {
        Assert.True(new DeSegmentationRules().CapitalisesNouns);
        Assert.False(new EnSegmentationRules().CapitalisesNouns);
        Assert.False(new EsSegmentationRules().CapitalisesNouns);
        Assert.Contains("sr.", new EsSegmentationRules().NonTerminalAbbreviations);
    }
}
