using System.Runtime.CompilerServices;
using Concord.Languages;

namespace Concord.Gazetteer.Languages;

/// <summary>The per-language gazetteer rules, discovered by reflection; unknown languages get the neutral rules.</summary>
public static class GazetteerLanguages
{
    private static readonly LanguageRegistry<IGazetteerLanguage> Registry = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // warm: jitted, the ReadyToRun code was slower on 20 MB (see notes/performance.md, r2r15)
    public static IGazetteerLanguage For(string? language)
    {
        // Asked per hit and per run, mostly for the language asked just before: the last answer is
        // kept (replaced whole, so another thread never reads a torn pair), which spares the shared
        // generic registry's dictionary lookup.
        var known = Volatile.Read(ref last);
        if (known is not null && string.Equals(known.Language, language, StringComparison.Ordinal))
        {
            return known.Rules;
        }

        var rules = (string.IsNullOrEmpty(language) ? null : Registry.For(language)) ?? Registry.For(NeutralGazetteerLanguage.Code)!;
        if (language is not null)
        {
            Volatile.Write(ref last, new Answer(language, rules));
        }

        return rules;
    }

    private static Answer? last;

    private sealed record Answer(string Language, IGazetteerLanguage Rules);

    public static IReadOnlyCollection<string> Languages => Registry.Languages;
}
