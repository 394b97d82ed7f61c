using System.Text.RegularExpressions;
using Concord.Extraction.Lexicons;
using Concord.Languages;

namespace Concord.Tests.Extraction;

/// <summary>The literals read from trigger patterns, and the filter that skips a rule's regex only where it cannot match.</summary>
public sealed class TriggerPrefilterTests
{
    [Fact]
    public void ALookbehindIsZeroWidthAndLeavesTheWordItGuards()
    {
        // en.clash's "fire" must not follow "cease": the lookbehind narrows where, not what is matched.
        var rule = new TriggerRule("t.fire", @"\b(clash(es|ed)?)\b|(?<!cease[- ]?)\bfire\b", "Battles", "Armed clash");

        Assert.Equal(["clash", "fire"], RequiredLiterals.Of(rule.Regex));
        var filter = new TriggerPrefilter([rule]);
        Assert.True(MayMatch(filter, "both sides opened fire on the village")[0]);

        // "ceasefire" holds "fire": the regex must still run, and it is the regex that says no.
        const string truce = "the ceasefire held through the winter";
        Assert.True(MayMatch(filter, truce)[0]);
        Assert.DoesNotMatch(rule.Regex, truce);
        Assert.False(MayMatch(filter, "the talks resumed in vienna")[0]);
    }

    [Fact]
    public void AnOptionalPrefixOrSpaceIsSpelledOutOrLeftAside()
    {
        Assert.Equal(["air strike", "airstrike"], RequiredLiterals.Of(new Regex(@"\b(air ?strikes?)\b")));
        Assert.Equal(["armed"], RequiredLiterals.Of(new Regex(@"\b(un)?armed\b")));

        // lv.vote's resolution number: "rezolucij" stands in every match, the optional "nr." does not.
        var vote = new LvExtractionLexicon().Triggers.Single(r => r.Name == "lv.vote");
        Assert.Contains("rezolucij", RequiredLiterals.Of(vote.Regex)!);
    }

    [Fact]
    public void PatternsThatCannotBeReadSafelyAlwaysRun()
    {
        Assert.Null(RequiredLiterals.Of(new Regex(@"(?i)war\b")));
        Assert.Null(RequiredLiterals.Of(new Regex(@"war\b", RegexOptions.IgnoreCase)));
        Assert.Null(RequiredLiterals.Of(new Regex(@"\b\d+\s+\w+")));
        Assert.Null(RequiredLiterals.Of(new Regex(@"(war)?\s*(conflict)?")));

        var unreadable = new TriggerRule("t.inline", @"(?i:WAR)", "Battles", "Armed clash");
        var plain = new TriggerRule("t.plain", @"\bwar\b", "Battles", "Armed clash");
        var marks = MayMatch(new TriggerPrefilter([unreadable, plain]), "no such word here");

        Assert.True(marks[0]);
        Assert.False(marks[1]);
    }

    [Fact]
    public void EveryTriggerMatchInTheCorpusIsLetThrough()
    {
        // Soundness on real text: for every language's rules, on every line of the corpus and the
        // Georgia samples, a rule whose regex matches is never filtered out.
        var files = Directory.GetFiles(TestPaths.KarabakhCorpus)
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.Samples, "georgia-2008")));
        var lines = files.SelectMany(File.ReadLines).Select(TextFolding.Fold).Where(l => l.Length > 0).ToList();
        int skipped = 0;
        foreach (var lexicon in new LanguageRegistry<IExtractionLexicon>().All)
        {
            var filter = new TriggerPrefilter(lexicon.Triggers);
            foreach (var line in lines)
            {
                var marks = MayMatch(filter, line);
                for (int r = 0; r < lexicon.Triggers.Count; r++)
                {
                    if (lexicon.Triggers[r].Regex.IsMatch(line))
                    {
                        Assert.True(marks[r], $"{lexicon.Triggers[r].Name} filtered out of: {line}");
                    }
                    else if (!marks[r])
                    {
                        skipped++;
                    }
                }
            }
        }

        Assert.True(skipped > 0, "the filter never skipped a rule");
    }

    [Fact]
    public void TheLiteralsStartIsBoundedOnlyWhereTheTextBeforeItIs()
    {
        // A word at the head of the match: the literal begins with it.
        Assert.Equal(0, RequiredLiterals.Read(new Regex(@"\b(shell(ed|ing)|artillery|missiles?)\b")).MaxLiteralStart);

        // An optional "air " before "strike": the literal "strike" of "air strike" lies 4 in.
        var (literals, start) = RequiredLiterals.Read(new Regex(@"\b(air )?strikes?\b"));
        Assert.Equal(["strike"], literals);
        Assert.Equal(4, start);

        // A lookbehind reads text before the match, not in it; "were hit" begins the match.
        Assert.Equal(0, RequiredLiterals.Read(new Regex(@"(?<=\bcities\b[\w ,-]{0,40})\b(were|was) hit\b")).MaxLiteralStart);

        // Words of any length before the literal: no bound, the scan begins at the clause's start.
        Assert.Null(RequiredLiterals.Read(new Regex(@"[\w-]+ (struck|bombed)")).MaxLiteralStart);

        // \G holds where the scan begins, so no scan may begin elsewhere.
        Assert.Null(RequiredLiterals.Read(new Regex(@"\G\s+began\b")).MaxLiteralStart);
    }

    [Fact]
    public void TheBoundedScanFindsTheMatchesOfTheWholeScan()
    {
        // On every line of the corpus and the Georgia samples, for every language's rules: the scan
        // that begins and stops where Mark says finds exactly the matches of Regex.Matches.
        var files = Directory.GetFiles(TestPaths.KarabakhCorpus)
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.Samples, "georgia-2008")));
        var lines = files.SelectMany(File.ReadLines).Select(TextFolding.Fold).Where(l => l.Length > 0).ToList();
        int narrowed = 0;
        foreach (var lexicon in new LanguageRegistry<IExtractionLexicon>().All)
        {
            var rules = lexicon.Triggers;
            var filter = new TriggerPrefilter(rules);
            var marks = new bool[rules.Count];
            var from = new int[rules.Count];
            var before = new int[rules.Count];
            foreach (var line in lines)
            {
                filter.Mark(line, marks, from, before);
                for (int r = 0; r < rules.Count; r++)
                {
                    var expected = rules[r].Regex.Matches(line).Select(m => (m.Index, m.Length)).ToList();
                    if (!marks[r])
                    {
                        Assert.Empty(expected);
                        continue;
                    }

                    Assert.True(expected.SequenceEqual(BoundedScan(rules[r].Regex, line, from[r], before[r], 0)), $"{rules[r].Name} on: {line}");
                    narrowed += from[r] > 0 || before[r] < line.Length ? 1 : 0;
                }

                // The event planner marks a sentence once and scans each clause inside it with the
                // bounds shifted: cut the line at its commas and semicolons as clauses.
                int start = 0;
                foreach (int cut in Cuts(line))
                {
                    var clause = line[start..cut];
                    for (int r = 0; r < rules.Count; r++)
                    {
                        var expected = rules[r].Regex.Matches(clause).Select(m => (m.Index, m.Length)).ToList();
                        var found = marks[r] ? BoundedScan(rules[r].Regex, clause, from[r], before[r], start) : [];
                        Assert.True(expected.SequenceEqual(found), $"{rules[r].Name} on clause: {clause}");
                    }

                    start = cut;
                }
            }
        }

        Assert.True(narrowed > 0, "no scan was ever narrowed");
    }

    /// <summary>The scan of EventPlanner.FindTriggers: the sentence's bounds shifted to a clause at <paramref name="offset"/> in it.</summary>
    private static List<(int, int)> BoundedScan(Regex regex, string clause, int searchFrom, int startsBefore, int offset)
    {
        var found = new List<(int, int)>();
        int from = Math.Max(0, searchFrom - offset);
        int until = startsBefore == int.MaxValue ? int.MaxValue : startsBefore - offset;
        if (from >= Math.Min(until, clause.Length + 1))
        {
            return found;
        }

        for (var m = regex.Match(clause, from); m.Success; m = m.Index + Math.Max(m.Length, 1) >= until ? Match.Empty : m.NextMatch())
        {
            found.Add((m.Index, m.Length));
        }

        return found;
    }

    private static IEnumerable<int> Cuts(string line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] is ',' or ';')
            {
                yield return i + 1;
            }
        }

        yield return line.Length;
    }

    private static bool[] MayMatch(TriggerPrefilter filter, string folded)
    {
        var marks = new bool[filter.RuleCount];
        filter.Mark(folded, marks);
        return marks;
    }
}
