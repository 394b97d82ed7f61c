using System.Text.RegularExpressions;
using Concord.Languages;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Words of a language that say how an event's date relates to a date told beside it, written on
/// folded text (lower case, no diacritics). A language without them dates events as told.
/// </summary>
public interface IDateCueLexicon : ILanguageSpecific
{
    /// <summary>
    /// Between a trigger and a later date: the event followed that date closely ("broke out shortly
    /// after … voted … on 20 February 1988"), in its month or later in its year.
    /// </summary>
    Regex ShortlyAfter { get; }

    /// <summary>
    /// The period the context spans is told to end ("the war ended with …", "karas baigėsi"):
    /// what the sentence tells happened at the period's end.
    /// </summary>
    Regex PeriodEnded { get; }

    /// <summary>
    /// The document saying when the conflict began ("the present conflict began in 1988",
    /// "Pašreizējais konflikts sākās 1988. gadā"): the first date after it is the onset.
    /// </summary>
    Regex ConflictBegan { get; }
}

/// <summary>The date cues of each language, found by reflection like every language resource.</summary>
internal static class DateCues
{
    private static readonly LanguageRegistry<IDateCueLexicon> Registry = new();

    public static IDateCueLexicon? For(string language) => Registry.For(language);
}
