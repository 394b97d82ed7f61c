using Concord.Temporal.Languages;
using Concord.Temporal.Numbers;

namespace Concord.Tests.Temporal;

/// <summary>
/// The hand-written number scanner answers only what the number pattern would answer: wherever it
/// says "no number" the pattern finds none, and wherever it reads a number the pattern matches
/// the same text with the same parts.
/// </summary>
public class NumberScannerTests
{
    private static readonly NumberLanguage[] AllLanguages =
        [new EnNumbers(), new LvNumbers(), new LtNumbers(), new DeNumbers(), new FrNumbers(), new EsNumbers(), new RuNumbers()];

    [Fact]
    public void ScannerAgreesWithThePatternAtEveryStartOfTheCorpusAndSamplesInEveryLanguage()
    {
        var texts = Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt")
            .Concat(Directory.GetFiles(TestPaths.Samples, "*.txt", SearchOption.AllDirectories))
            .Select(File.ReadAllText)
            .ToList();
        Assert.True(texts.Count >= 10);
        foreach (var language in AllLanguages)
        {
            int read = 0, rejected = 0;
            foreach (var text in texts)
            {
                var (r, n) = Compare(language, text);
                read += r;
                rejected += n;
            }

            // The scanner must answer most starts itself, or it saves nothing.
            Assert.True(read > 100, $"{language.Language}: {read} numbers read by the scanner");
            Assert.True(rejected > 10_000, $"{language.Language}: {rejected} starts rejected by the scanner");
        }
    }

    [Theory]
    [InlineData("en", "Casualties: 28,000–38,000 killed, 541–547+ wounded, 9% of 1,008 Azerbaijani soldiers and at least 15 (civilian) people.")]
    [InlineData("en", "In the 1990s some 2 000 000 and 25 0001 and 1,0000 and 3.5.6 and $3bn, 11 thousand, 5k, three, twenty-five, 62/243 [25] p. 12.")]
    [InlineData("en", "more than\n90 civilians, up to  $36, about one-third, 1994 and peace, 1988 – present, 5 to seven, 5 to 7 people-carriers, 10 non-combatants.")]
    [InlineData("en", "Approximately 9 % of over 400 (mostly) troops; less than 3 a.m.; 13th, 20th, 9d; 12_3; 7,5; 1.000.000; 2 and\u00A03 tanks.")]
    [InlineData("lv", "Vismaz 2 000 karavīru, apmēram 6,5 tūkstoši bēgļu, ap 300 cilvēku, 1988. gada 20. februārī, 1 000 000 un 7 līdz 9 kritušie, trīs Kalnu.")]
    [InlineData("lv", "ne mazāk kā 5 ciemi un vairāk nekā 40 zaldātu, 20 1988, 2.000 un 2.0000, septiņi karavīri, divus gadu desmitus.")]
    [InlineData("lt", "Mažiausiai 15 karių, apie 30 000 pabėgėlių, septyni regionai, keturias dienas, per 1000 žmonių, iki 5 ir 7 civiliai.")]
    [InlineData("ru", "Не менее 5 тысяч человек, около 30 000 беженцев, более 200 погибших, три армянских, сёл 12, 1–2 млн.")]
    [InlineData("fr", "Au moins 15 soldats, plus de 1 000 réfugiés, dix-sept morts, jusqu'à 30 civils, 2 à 3 chars.")]
    public void ScannerAgreesWithThePatternOnTrickyForms(string lang, string text)
    {
        var language = AllLanguages.Single(l => l.Language == lang);
        var (read, rejected) = Compare(language, text);
        Assert.True(read > 0);
        Assert.True(rejected > 0);
    }

    private static int LetterRunEnd(string text, int at)
    {
        while (at < text.Length && char.IsLetter(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>Checks every start of <paramref name="text"/>; returns how many the scanner read and rejected itself.</summary>
    private static (int Read, int Rejected) Compare(NumberLanguage language, string text)
    {
        int read = 0, rejected = 0;
        for (int at = 0; at < text.Length; at++)
        {
            char c = text[at];
            if (!(char.IsLetterOrDigit(c) || c is '$' or '€' or '£') || (at > 0 && !NumberLanguage.CanFollow(text[at - 1])))
            {
                continue;
            }

            var outcome = language.Scanner.Read(text, at, text.Length, out var m);
            if (char.IsLetter(c) && language.Scanner.RejectsWord(text, at, text.Length, out int runEnd))
            {
                // The reader skips a rejected word without Read: it must be what Read says, to its run's end.
                Assert.True(outcome == ScanOutcome.NoMatch, $"{language.Language} at {at}: rejected but {outcome}");
                Assert.Equal(LetterRunEnd(text, at), runEnd);
            }

            if (outcome == ScanOutcome.Unknown)
            {
                continue;
            }

            var pattern = language.Pattern.Match(text, at, text.Length - at);
            string where = $"{language.Language} at {at}: \"{text.Substring(at, Math.Min(40, text.Length - at))}\"";
            if (outcome == ScanOutcome.NoMatch)
            {
                Assert.False(pattern.Success, where + " matched " + pattern.Value);
                rejected++;
                continue;
            }

            Assert.True(pattern.Success, where);
            Assert.Equal(NumberMatch.From(pattern), m);
            read++;
        }

        return (read, rejected);
    }
}
