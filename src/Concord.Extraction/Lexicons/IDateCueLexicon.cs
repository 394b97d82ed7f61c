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

    /// <summary>
    /// Hostilities told to end ("ending all hostilities in the area from 10 November 2020"): the date
    /// beside it ends the period whose section tells it.
    /// </summary>
    Regex HostilitiesEnded { get; }

    /// <summary>
    /// A named period on the original text (case matters): capitalised words ending in the
    /// language's word for war ("First Nagorno-Karabakh War"); group "name" holds the words before it.
    /// </summary>
    Regex PeriodName { get; }

    /// <summary>Right before a period's name: the event lies within it ("during the", "in the course of the").</summary>
    Regex DuringBefore { get; }

    /// <summary>The war told before, as the time of an event ("captured during the war", "kara laikā").</summary>
    Regex DuringTheWar { get; }

    /// <summary>
    /// Agreements told to fail ("Three ceasefires … failed to stop the conflict"): they fall within
    /// the war they did not end, not at its end.
    /// </summary>
    Regex AgreementFailed { get; }

    /// <summary>
    /// Right before a date: a bound the event reached by then ("16 fatalities … by 20 June",
    /// "līdz 20. jūnijam"); with a coarser time around it in the clause ("In 2014"), the event spans
    /// from that time's start to the bound.
    /// </summary>
    Regex ByBefore { get; }
}

/// <summary>The date cues of each language, found by reflection like every language resource.</summary>
internal static class DateCues
{
    private static readonly LanguageRegistry<IDateCueLexicon> Registry = new();

    public static IDateCueLexicon? For(string language) => Registry.For(language);
}
