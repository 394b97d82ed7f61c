using Concord.Gazetteer.Languages;
using Concord.Model;

namespace Concord.Tests.Gazetteer;

/// <summary>
/// The cheap forms of the place-choice rules give the rules' own answers: the English locative gate
/// never turns away a place the regexes call locative, and the right-to-left enumeration match agrees
/// with the forward scan, at every word of the corpus and the samples, in every language's rules.
/// </summary>
public class PlaceChoiceGateTests
{
    private static IEnumerable<(string Name, string Text)> Texts() =>
        Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt")
            .Concat(Directory.GetFiles(TestPaths.Samples, "*.txt", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    /// <summary>Every start of a word (a letter after a non-letter), with the word as the place.</summary>
    private static IEnumerable<TextSpan> WordStarts(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                int end = i;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                yield return new TextSpan(i, end);
            }
        }
    }

    [Fact]
    public void TheEnglishLocativeGateKeepsEveryPlaceTheRegexesCallLocative()
    {
        int locative = 0, words = 0;
        foreach (var (name, text) in Texts())
        {
            foreach (var place in WordStarts(text))
            {
                words++;
                if (EnGazetteerLanguage.IsLocativeByRegex(text, place))
                {
                    locative++;
                    Assert.True(EnGazetteerLanguage.MayBeLocative(text, place), $"{name} at {place.Start}: {text[Math.Max(0, place.Start - 48)..place.End]}");
                }
            }
        }

        // The check ran on real cases: English text has many words after "in", "the", "of".
        Assert.True(locative > 500, $"{locative} of {words}");
    }

    [Fact]
    public void TheEnglishLocativeGateTurnsAwayWordsAfterOtherWords()
    {
        const string sentence = "Azerbaijani forces shelled Stepanakert, and fighting continued in the outskirts of Martuni.";
        Assert.False(EnGazetteerLanguage.MayBeLocative(sentence, Span(sentence, "Stepanakert")));
        Assert.False(EnGazetteerLanguage.MayBeLocative(sentence, Span(sentence, "Azerbaijani")));
        Assert.True(EnGazetteerLanguage.MayBeLocative(sentence, Span(sentence, "Martuni")));
        Assert.True(EnGazetteerLanguage.IsLocativeByRegex(sentence, Span(sentence, "Martuni")));
    }

    [Fact]
    public void TheRightToLeftEnumerationMatchAgreesWithTheForwardScan()
    {
        int enumerated = 0;
        foreach (var language in GazetteerLanguages.Languages)
        {
            if (GazetteerLanguages.For(language) is not SuffixStemmingLanguage rules)
            {
                continue;
            }

            foreach (var (name, text) in Texts())
            {
                foreach (var place in WordStarts(text))
                {
                    bool forwards = rules.IsEnumeratedScanningForwards(text, place);
                    Assert.True(forwards == rules.IsEnumerated(text, place), $"{language} {name} at {place.Start}: {text[Math.Max(0, place.Start - 160)..place.End]}");
                    enumerated += forwards ? 1 : 0;
                }
            }
        }

        Assert.True(enumerated > 20, $"{enumerated}");
    }

    private static TextSpan Span(string text, string name)
    {
        int at = text.IndexOf(name, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return new TextSpan(at, at + name.Length);
    }
}
