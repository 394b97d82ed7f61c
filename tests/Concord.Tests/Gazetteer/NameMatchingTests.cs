using Concord.Gazetteer.Languages;
using Concord.Gazetteer.Matching;
using Concord.Gazetteer.Text;

namespace Concord.Tests.Gazetteer;

public class NameMatchingTests
{
    [Theory]
    [InlineData("Šušā", "susa")]
    [InlineData("Azerbaïdjan", "azerbaidjan")]
    [InlineData("Kəlbəcər", "kalbacar")]
    [InlineData("Azerbaidžāņu", "azerbaidzanu")]
    public void FoldingRemovesDiacriticsAndCase(string written, string folded) =>
        Assert.Equal(folded, NameFolder.Fold(written));

    [Theory]
    [InlineData("lv", "Armēnija", "Armēnijas", "Armēniju", "Armēnijai", "Armēnijā")]
    [InlineData("lv", "Stepanakerta", "Stepanakertā", "Stepanakertas")]
    [InlineData("lv", "Kalnu Karabaha", "Kalnu Karabahas", "Kalnu Karabahu", "Kalnu Karabahā")]
    [InlineData("lt", "Armėnija", "Armenijos", "Armenijai", "Armeniją", "Armenijoje")]
    [InlineData("lt", "Azerbaidžanas", "Azerbaidzano", "Azerbaidzanui", "Azerbaidzana", "Azerbaidzane")]
    [InlineData("en", "Armenian", "Armenians")]
    public void InflectedFormsShareTheBaseFormsStem(string language, string baseForm, params string[] forms)
    {
        var rules = GazetteerLanguages.For(language);
        string Key(string name) => string.Join(" ", NameTokenizer.Tokenize(name).Select(t => rules.Stem(t.Folded)));
        foreach (var form in forms)
        {
            Assert.Equal(Key(baseForm), Key(form));
        }
    }

    [Fact]
    public void LatvianDemonymDoesNotShareTheCountrysStem()
    {
        // "armēņu" (Armenians', Armenian) is a nationality, "Armēnija" the country: kept apart.
        var lv = GazetteerLanguages.For("lv");
        Assert.NotEqual(lv.Stem(NameFolder.Fold("Armēnija")), lv.Stem(NameFolder.Fold("armēņu")));
    }

    [Fact]
    public void LanguagesWithoutRulesMatchNamesAsWritten()
    {
        var rules = GazetteerLanguages.For("xx");
        Assert.Equal(NeutralGazetteerLanguage.Code, rules.Language);
        Assert.Equal("stepanakertas", rules.Stem("stepanakertas"));
    }

    [Fact]
    public void TokenizerSplitsHyphenatedAndPossessiveForms()
    {
        var tokens = NameTokenizer.Tokenize("A Russian-brokered ceasefire; Azerbaijan's terms");
        Assert.Equal(["A", "Russian", "brokered", "ceasefire", "Azerbaijan", "s", "terms"], tokens.Select(t => t.Original));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    public void EveryTokenIsTheWordAtItsSpanAndEqualSpellingsShareOneForm(string document)
    {
        // The word-form table tells spellings by a hash, the length and the first letters: words
        // that share all three with another ("Armēnija"/"Armēnijā", "Armenia"/"Armenian", "the"/"The")
        // must still get their own form. Each token's spelling is the text at its span, and a spelling
        // met again is the same form (one fold and lookup per spelling).
        var text = TestPaths.CorpusText(document) + " Armēnija Armēnijā Armēnijas Armenia Armenio Armenian Arm Ar A the The THE";
        var tokens = NameTokenizer.Tokenize(text);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var written = text.Substring(token.Span.Start, token.Span.Length);
            Assert.Equal(written, token.Original);
            Assert.Same(seen.TryGetValue(written, out var first) ? first : seen[written] = token.Original, token.Original);
        }

        Assert.Contains("Armēnijā", seen.Keys);
        Assert.True(seen.Count > 100, $"{seen.Count} spellings");
    }

    [Theory]
    [InlineData("001", "lv")]
    [InlineData("002", "en")]
    [InlineData("000", "lt")]
    public void OnePassOverBothIndexesFindsWhatTwoPassesFind(string document, string language)
    {
        // The scan matches places and actors in one pass; each index must get exactly its own pass's hits.
        var text = TestPaths.CorpusText(document);
        var tokens = NameTokenizer.Tokenize(text);
        var places = NameIndex.For(language, IndexKind.Places);
        var actors = NameIndex.For(language, IndexKind.Actors);
        var (placeHits, actorHits) = NameMatcher.MatchBoth(text, tokens, places, actors);

        static string Show(List<NameHit> hits) =>
            string.Join("\n", hits.Select(h => $"{h.Span.Start}-{h.Span.End} {h.TokenCount} {string.Join("|", h.Aliases.Select(a => a.Text))}"));
        var ownPlaces = NameMatcher.Match(text, tokens, places);
        Assert.NotEmpty(ownPlaces);
        Assert.Equal(Show(ownPlaces), Show(placeHits));
        Assert.Equal(Show(NameMatcher.Match(text, tokens, actors)), Show(actorHits));
    }

    [Theory]
    [InlineData("001", "lv")]
    [InlineData("002", "en")]
    [InlineData("000", "lt")]
    public void TryingOnlyTheTokensThatStartANameFindsWhatTryingEveryTokenFinds(string document, string language)
    {
        // The scan lists, while tokenizing, the tokens that start an alias of either index, and the
        // matcher tries only those: the hits must be those of trying every token.
        var text = TestPaths.CorpusText(document);
        var places = NameIndex.For(language, IndexKind.Places);
        var actors = NameIndex.For(language, IndexKind.Actors);
        var starts = new List<int>();
        var tokens = NameTokenizer.Tokenize(text, new Concord.Model.TextSpan(0, text.Length), places, actors, starts, out var hasBorderNoun);
        Assert.InRange(starts.Count, 1, tokens.Count - 1);
        Assert.Equal(tokens.Select(t => t.Span), NameTokenizer.Tokenize(text).Select(t => t.Span));

        static string Show(List<NameHit> hits) =>
            string.Join("\n", hits.Select(h => $"{h.Span.Start}-{h.Span.End} {h.TokenCount} {string.Join("|", h.Aliases.Select(a => a.Text))}"));
        var (allPlaces, allActors) = NameMatcher.MatchBoth(text, tokens, places, actors);
        var (placeHits, actorHits) = NameMatcher.MatchBoth(text, tokens, places, actors, starts);
        Assert.NotEmpty(placeHits);
        Assert.Equal(Show(allPlaces), Show(placeHits));
        Assert.Equal(Show(allActors), Show(actorHits));
        Assert.Equal(tokens.Any(t => places.Language.IsBorderNoun(t.Folded)), hasBorderNoun);
    }

    [Theory]
    [InlineData("003", "en")]
    [InlineData("001", "lv")]
    public void EveryOneWordHitHoldsTheOneWordAliasesItsWordsCaseFits(string document, string language)
    {
        // The matcher works out a word's fitting one-word aliases once and keeps the answer with the
        // word form: at every occurrence the hit must hold exactly what the plain definition gives
        // (the word's candidates of one word whose case rule its spelling meets, in index order), and
        // hits of one spelling share that one list.
        var text = TestPaths.CorpusText(document) + " Armenia ARMENIA armenia Armenia.";
        var tokens = NameTokenizer.Tokenize(text);
        var places = NameIndex.For(language, IndexKind.Places);
        var actors = NameIndex.For(language, IndexKind.Actors);
        var (placeHits, actorHits) = NameMatcher.MatchBoth(text, tokens, places, actors);
        var checkedHits = 0;
        foreach (var (hits, index) in new[] { (placeHits, places), (actorHits, actors) })
        {
            var listBySpelling = new Dictionary<string, List<Concord.Gazetteer.Data.NameAlias>>(StringComparer.Ordinal);
            foreach (var hit in hits.Where(h => h.TokenCount == 1))
            {
                var token = tokens[hit.FirstToken];
                var expected = index.Candidates(index.Language.Stem(token.Folded), token.Folded)
                    .Where(c => c.Length == 1 && c.Alias.Case switch
                    {
                        Concord.Gazetteer.Data.CaseRule.Capitalized => token.IsCapitalized,
                        Concord.Gazetteer.Data.CaseRule.AllCaps => token.IsAllCaps,
                        _ => true,
                    })
                    .Select(c => c.Alias);
                Assert.Equal(expected, hit.Aliases);
                if (listBySpelling.TryGetValue(token.Original, out var earlier))
                {
                    Assert.Same(earlier, hit.Aliases);
                }

                listBySpelling[token.Original] = hit.Aliases;
                checkedHits++;
            }
        }

        Assert.True(checkedHits > 20, $"{checkedHits} one-word hits");
    }
}
