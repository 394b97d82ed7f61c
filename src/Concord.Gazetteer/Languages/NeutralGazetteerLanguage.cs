namespace Concord.Gazetteer.Languages;

/// <summary>
/// For languages without their own file: names match as written (after folding), nothing is
/// treated as a common word, force or border noun. Registered under "und" (undetermined).
/// </summary>
public sealed class NeutralGazetteerLanguage() : SuffixStemmingLanguage([], [], [], [])
{
    public const string Code = "und";

    public override string Language => Code;
}
