using Concord.Model;
using Concord.Normalising;
using Concord.Segmenting;

namespace Concord.Tests.Text;

/// <summary>Normalising keeps every offset; the segmenter copes with odd input without throwing.</summary>
public sealed class TextNormalizerTests
{
    [Fact]
    public void Line_breaks_and_invisible_characters_keep_length_and_offsets()
    {
        const string text = "Nagorno-Karabakh conflict\r\rA ceasefire\u200B signed in 1994\u2028provided\u00A0for two decades.\u0007";
        var normalized = new TextNormalizer().Normalize(text);
        Assert.Equal(text.Length, normalized.Length);
        Assert.Equal("Nagorno-Karabakh conflict\n\nA ceasefire  signed in 1994\nprovided\u00A0for two decades. ", normalized);
    }

    [Fact]
    public void Clean_text_is_returned_unchanged()
    {
        var text = TestPaths.CorpusText("002");
        Assert.Same(text, new TextNormalizer().Normalize(text));
    }

    [Fact]
    public void Every_character_is_found_wherever_it_stands_in_a_long_text()
    {
        // The check for work reads sixteen characters at a time: each character, at each position
        // of a block and in the tail, changes the text exactly when the documented rule says so.
        var sentence = TestPaths.CorpusText("002")[..37];
        var normalizer = new TextNormalizer();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool changes = ch is not ('\n' or '\t') && (char.IsControl(ch) || ch is '\u2028' or '\u2029' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF');
            if (!changes && c > 0x3000 && c % 97 != 0)
            {
                continue;
            }

            foreach (int at in (int[])[0, 15, 16, 31, 36])
            {
                var text = string.Concat(sentence.AsSpan(0, at), ch.ToString(), sentence.AsSpan(at + 1));
                var normalized = normalizer.Normalize(text);
                Assert.Equal(text.Length, normalized.Length);
                Assert.True(changes != (normalized == text), $"U+{c:X4} at {at}");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("[12][13]")]
    [InlineData("....!!!???")]
    [InlineData("1.\n2.\n3.\n")]
    [InlineData("Saltiniai:")]
    public void Odd_input_segments_without_throwing(string text)
    {
        var doc = new DocumentSegmenter().Segment(new SourceDocument("odd", "odd.txt", "txt", text, "x", text.Length));
        Assert.All(doc.Sentences, s => Assert.True(s.Span.End <= text.Length && s.Span.Length > 0));
    }

    [Fact]
    public void A_long_line_without_punctuation_is_one_sentence()
    {
        var text = string.Join(' ', Enumerable.Repeat("Azerbaidzano teritorija", 5000));
        var doc = new DocumentSegmenter().Segment(new SourceDocument("long", "long.txt", "txt", text, "x", text.Length));
        Assert.Equal(new TextSpan(0, text.Length), Assert.Single(doc.Sentences).Span);
    }
}
