using Concord.Gazetteer.Data;
using Concord.Gazetteer.Languages;
using Concord.Gazetteer.Matching;
using Concord.Gazetteer.Text;

namespace Concord.Tests.Gazetteer;

/// <summary>
/// The index finds its candidates on demand; whatever the words asked, the answer must be what one
/// pass over all aliases gives: the aliases whose first word has the word's stem, then the
/// other-language aliases spelled as the word, each group in the gazetteer's order.
/// </summary>
public class NameIndexTests
{
    [Theory]
    [InlineData("en", "003")]
    [InlineData("lv", "001")]
    [InlineData("lt", "000")]
    [InlineData("ru", "002")]
    [InlineData("xx", "003")]
    public void CandidatesAreThoseOfAFullPassOverTheAliases(string language, string document)
    {
        var rules = GazetteerLanguages.For(language);
        var words = NameTokenizer.Tokenize(TestPaths.CorpusText(document)).Select(t => t.Folded)
            .Concat(["armenija", "armenijas", "armenians", "karabaha", "karabahas", "stepanakertas", "azerbaidzanas", "baku", "minsk"])
            .Distinct(StringComparer.Ordinal).ToList();
        foreach (var kind in new[] { IndexKind.Places, IndexKind.Actors })
        {
            var full = FullPass(rules, kind);
            var index = NameIndex.For(language, kind);
            var nonEmpty = 0;
            foreach (var word in words)
            {
                var stem = rules.Stem(word);
                var expected = full.GetValueOrDefault(stem, []).Where(a => !a.Exact)
                    .Concat(full.GetValueOrDefault(word, []).Where(a => a.Exact))
                    .Select(a => (a.Alias, a.Exact)).ToList();
                var actual = index.Candidates(stem, word).Select(a => (a.Alias, a.Exact)).ToList();
                Assert.True(expected.Count == actual.Count && expected.Zip(actual).All(p => ReferenceEquals(p.First.Alias, p.Second.Alias) && p.First.Exact == p.Second.Exact),
                    $"{language} {kind} '{word}': expected {expected.Count} candidates, got {actual.Count}");
                nonEmpty += actual.Count > 0 ? 1 : 0;
            }

            Assert.True(nonEmpty > 0, $"no {kind} candidates at all in {language}");
        }
    }

    /// <summary>The index's definition, as one pass over all aliases: first-word key → aliases in order.</summary>
    private static Dictionary<string, List<(NameAlias Alias, bool Exact)>> FullPass(IGazetteerLanguage rules, IndexKind kind)
    {
        var byKey = new Dictionary<string, List<(NameAlias, bool)>>(StringComparer.Ordinal);
        foreach (var alias in GazetteerData.Default.Aliases)
        {
            var other = alias.Language.Length > 0 && alias.Language != rules.Language;
            if ((kind == IndexKind.Places ? alias.Place is null : alias.Actor is null) || (other && alias.Case == CaseRule.Any)
                || alias.FoldedWords.Length == 0)
            {
                continue;
            }

            var exact = other && alias.Language != "en";
            var key = exact ? alias.FoldedWords[0] : rules.Stem(alias.FoldedWords[0]);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add((alias, exact));
        }

        return byKey;
    }
}
