using System.Globalization;
using System.Text;
using Concord.Extraction.Lexicons;

namespace Concord.Tests.Extraction;

/// <summary>The folded text the extraction lexicons match: lower case without diacritics, offsets kept.</summary>
public sealed class TextFoldingTests
{
    [Fact]
    public void LatvianLettersLoseTheirMarksAndEnglishIsLowerCased()
    {
        // 001: "pašpasludinātā armēņu" (ASCII runs between the marked letters); 003's capitals.
        Assert.Equal("paspasludinata armenu", TextFolding.Fold("pašpasludinātā armēņu"));
        Assert.Equal("the first nagorno-karabakh war", TextFolding.Fold("The First Nagorno-Karabakh War"));
        // Dashes and quotes are not letters: they keep their typographic forms.
        Assert.Equal("1988–1994 “artsakh”", TextFolding.Fold("1988–1994 “Artsakh”"));
    }

    [Fact]
    public void EveryCorpusDocumentFoldsCharacterByCharacter()
    {
        // The whole text folded at once (ASCII runs many characters at a time) equals each
        // character folded on its own, on every document of the corpus.
        foreach (var file in Directory.GetFiles(TestPaths.KarabakhCorpus, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var folded = TextFolding.Fold(text);

            Assert.Equal(text.Length, folded.Length);
            for (int i = 0; i < text.Length; i++)
            {
                if (folded[i] != FoldedOnItsOwn(text[i]))
                {
                    Assert.Fail($"{Path.GetFileName(file)} at {i}: '{text[i]}' folded to '{folded[i]}', not '{FoldedOnItsOwn(text[i])}'");
                }
            }
        }
    }

    /// <summary>One character's folded form: lower case, then the base letter of its decomposition.</summary>
    private static char FoldedOnItsOwn(char c)
    {
        char lower = char.ToLowerInvariant(c);
        if (char.IsSurrogate(c) || !char.IsLetter(lower))
        {
            return char.IsSurrogate(c) ? c : lower;
        }

        string decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) == UnicodeCategory.NonSpacingMark ? lower : decomposed[0];
    }
}
