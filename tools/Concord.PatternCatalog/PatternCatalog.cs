using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Concord.Extraction.Lexicons;
using Concord.Languages;
using Concord.Temporal.Engine;

namespace Concord.PatternCatalog;

/// <summary>
/// Every pattern the registered languages build for the hot regex engines: the date rules
/// (<see cref="TieredRegex"/>: each rule, a composed range's gate and joiner) and every regex the
/// extraction lexicons expose (run through <c>GatedRegex</c>: cues, trigger rules, measure cues).
/// Languages are found through the normal registries, so a new language's resources are listed
/// without editing this file.
/// </summary>
public static class PatternCatalog
{
    /// <summary>
    /// Longer patterns are left to the run-time engines: the generated code for them is large and
    /// was measured no faster (notes/performance.md, session 6).
    /// </summary>
    public const int MaxPatternLength = int.MaxValue;

    /// <summary>Every listed pattern once (the first origin kept), in a stable order.</summary>
    public static IReadOnlyList<CatalogEntry> All() =>
        [.. DateRules().Concat(LexiconPatterns())
            .Where(e => e.Pattern.Length <= MaxPatternLength)
            .DistinctBy(e => (e.Pattern, e.Options))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Options)];

    /// <summary>The date rules of every registered temporal language.</summary>
    public static IEnumerable<CatalogEntry> DateRules()
    {
        foreach (var language in new LanguageRegistry<TemporalLanguage>().All.OrderBy(l => l.Language, StringComparer.Ordinal))
        {
            foreach (var rule in language.Rules)
            {
                var origin = $"dates {language.Language} {rule.Name}";
                yield return Entry(rule.Regex, origin);
                if (rule.Gate is { } gate)
                {
                    yield return Entry(gate, origin + " gate");
                }

                if (rule.Joiner is { } joiner)
                {
                    yield return Entry(joiner, origin + " joiner");
                }
            }
        }
    }

    /// <summary>
    /// What the first token of a match can be (<see cref="FirstTokens"/>), read off every pattern
    /// the date rules of every registered language read it from (a rule's openers, a composed
    /// range's second half), by pattern text, each stored as <see cref="FirstTokens.Serialize"/> writes it.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> DateFirstTokens()
    {
        var patterns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var language in new LanguageRegistry<TemporalLanguage>().All)
        {
            foreach (var rule in language.Rules)
            {
                if (rule.Openers is { } openers)
                {
                    patterns.Add(openers.Pattern);
                }

                if (rule.Reach is { } reach)
                {
                    patterns.Add(reach.SecondStarts.Pattern);
                }
            }
        }

        // Read again here, never from a registered table: the build's reading is the reference.
        return [.. patterns.Select(p => new KeyValuePair<string, string>(p, FirstTokens.Read(p).Serialize()))];
    }

    /// <summary>
    /// The literals every match holds one of (<see cref="RequiredLiterals"/>), read off every
    /// pattern the lexicons of every registered language expose, by pattern text, each stored as
    /// <see cref="RequiredLiterals.Serialize"/> writes it.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> LexiconRequiredLiterals()
    {
        var patterns = new SortedSet<string>(LexiconPatterns().Select(e => e.Pattern), StringComparer.Ordinal);

        // Read again here, never from a registered table: the build's reading is the reference.
        return [.. patterns.Select(p => new KeyValuePair<string, string>(p, RequiredLiterals.Serialize(RequiredLiterals.ReadPattern(p))))];
    }

    /// <summary>Every regex the extraction and date-cue lexicons of every registered language expose.</summary>
    public static IEnumerable<CatalogEntry> LexiconPatterns() =>
        RegexesOf<IExtractionLexicon>("extraction").Concat(RegexesOf<IDateCueLexicon>("date cues"));

    private static CatalogEntry Entry(TieredRegex regex, string origin) => new(regex.ToString(), regex.Options, origin);

    private static CatalogEntry Entry(Regex regex, string origin) => new(regex.ToString(), regex.Options & ~RegexOptions.Compiled, origin);

    /// <summary>
    /// The regexes a lexicon's interface exposes: a property that is a regex, or a list of items
    /// (trigger rules, measure cues) whose properties are.
    /// </summary>
    private static IEnumerable<CatalogEntry> RegexesOf<T>(string area)
        where T : class, ILanguageSpecific
    {
        var properties = new[] { typeof(T) }.Concat(typeof(T).GetInterfaces())
            .SelectMany(i => i.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var lexicon in new LanguageRegistry<T>().All.OrderBy(l => l.Language, StringComparer.Ordinal))
        {
            foreach (var property in properties)
            {
                var origin = $"{area} {lexicon.Language} {property.Name}";
                switch (property.GetValue(lexicon))
                {
                    case Regex regex:
                        yield return Entry(regex, origin);
                        break;
                    case IEnumerable items and not string:
                        foreach (var item in items)
                        {
                            foreach (var entry in RegexesIn(item, origin))
                            {
                                yield return entry;
                            }
                        }

                        break;
                }
            }
        }
    }

    private static IEnumerable<CatalogEntry> RegexesIn(object? item, string origin)
    {
        if (item is Regex regex)
        {
            yield return Entry(regex, origin);
            yield break;
        }

        foreach (var property in item?.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance) ?? [])
        {
            if (property.PropertyType == typeof(Regex) && property.GetIndexParameters().Length == 0 && property.GetValue(item) is Regex inner)
            {
                yield return Entry(inner, origin);
            }
        }
    }
}
