using System.Runtime.CompilerServices;
using Concord.Languages;

namespace Concord.Gazetteer.Languages;

/// <summary>The per-language gazetteer rules, discovered by reflection; unknown languages get the neutral rules.</summary>
public static class GazetteerLanguages
{
    private static readonly LanguageRegistry<IGazetteerLanguage> Registry = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // warm: jitted, the ReadyToRun code was slower on 20 MB (see notes/performance.md, r2r15)
    public static IGazetteerLanguage For(string? language) =>
        (string.IsNullOrEmpty(language) ? null : Registry.For(language)) ?? Registry.For(NeutralGazetteerLanguage.Code)!;

    public static IReadOnlyCollection<string> Languages => Registry.Languages;
}
