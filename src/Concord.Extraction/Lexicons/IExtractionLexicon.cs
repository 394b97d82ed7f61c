using System.Text.RegularExpressions;
using Concord.Languages;

namespace Concord.Extraction.Lexicons;

/// <summary>How much a trigger needs around it before it counts as an event.</summary>
public enum TriggerStrength
{
    /// <summary>Names an occurrence by itself ("shelled", "ceasefire was signed"): dated by context if needed.</summary>
    Specific,

    /// <summary>A death verb ("killed"): an event when a date is stated in its sentence; yields to a specific trigger.</summary>
    Death,

    /// <summary>A generic noun ("war", "conflict"): an event only when its own clause states a date.</summary>
    Weak,
}

/// <summary>One trigger pattern (matched on folded text: lower case, no diacritics) and the ACLED type it gives.</summary>
public sealed record TriggerRule(string Name, string Pattern, string EventType, string SubEventType, TriggerStrength Strength = TriggerStrength.Specific)
{
    /// <summary>The rule's regex (generated at build time when precompiled, <see cref="LexiconRegex"/>): what is read for its literals and what tests match.</summary>
    public Regex Regex => Gated.Source;

    /// <summary>The engine the planner runs, after <see cref="TriggerPrefilter"/>: compiled once the rule has run often enough to earn it.</summary>
    internal GatedRegex Gated => field ??= new(LexiconRegex.Build(Pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));
}

/// <summary>A word that says what a number in a figure measures ("killed", "refugees", "troops").</summary>
public sealed record MeasureCue(string Measure, string Pattern)
{
    /// <summary>The cue's regex (generated at build time when precompiled, <see cref="LexiconRegex"/>).</summary>
    public Regex Regex => Gated.Source;

    /// <summary>The cue behind its literal gate, compiled once it has run often (<see cref="GatedRegex"/>).</summary>
    internal GatedRegex Gated => field ??= new(LexiconRegex.Build(Pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));
}

/// <summary>
/// The language resources of event and figure extraction. Every pattern is written for folded
/// text (lower case, diacritics removed, same length as the original), so a language written
/// with or without diacritics matches the same rules.
/// </summary>
public interface IExtractionLexicon : ILanguageSpecific
{
    IReadOnlyList<TriggerRule> Triggers { get; }

    /// <summary>Where one clause ends and another begins inside a sentence ("; ", ", while ").</summary>
    Regex ClauseBreak { get; }

    /// <summary>Text right before a trigger or date that makes it a reference point ("since the 1994 ceasefire").</summary>
    Regex ReferencePrefix { get; }

    /// <summary>Text between two triggers that makes them separate coordinated predicates (", ", " and ").</summary>
    Regex PredicateJoiner { get; }

    /// <summary>
    /// A word heading an organisation's name: a trigger inside a capitalised name holding one is a
    /// name, not an occurrence ("Union of Relatives of the Artsakh War Missing in Action Soldiers").
    /// </summary>
    Regex OrganisationHead { get; }

    /// <summary>
    /// Text right before a trigger that makes it something claimed, condemned or called for rather
    /// than told as happening ("made claims of ethnic cleansing", "condemned the fighting").
    /// </summary>
    Regex ReportedPrefix { get; }

    /// <summary>
    /// A generic clash noun told only as the cause of an outcome, with its cause marker ("displaced
    /// by the fighting", "as a result of the conflict", "kara dēļ"): the outcome is what the clause
    /// tells, the fighting is one already told, so the noun is not a new event. Triggers inside a
    /// match (also the outcome's own verb, "durch die Kämpfe vertrieben") are dropped, death verbs
    /// excepted (deaths keep their own rules); named violence ("armēņu apšaudes rezultātā tika
    /// nogalināti") is not listed.
    /// </summary>
    Regex CauseOfOutcome => NoCue.Regex;

    /// <summary>
    /// A weapon told as used in a clash named beside it ("kaujas … ar artilērijas pielietošanu",
    /// "sadursmē …, kurā bija lietoti mīnmetēji"): the clash is the event, the weapon its instrument,
    /// so a remote-violence trigger inside a match does not retype the clash.
    /// </summary>
    Regex WeaponInUse => NoCue.Regex;

    /// <summary>
    /// A characterisation of a war or period ("The war was marked by the deployment of drones …
    /// and missile strikes"): the nouns after it describe what the war was like, they are not
    /// occurrences of their own. A trigger inside a match is dropped.
    /// </summary>
    Regex Characterisation => NoCue.Regex;

    /// <summary>The label of an infobox's date line ("Date", "Datums", "Data"), at the line's start.</summary>
    Regex InfoboxDateLabel => NoCue.Regex;

    /// <summary>Labels that make an infobox a conflict's (belligerents, casualties and losses).</summary>
    Regex ConflictInfoboxCue => NoCue.Regex;

    /// <summary>Right after a generic trigger ("the conflict"), a verb telling it start or end ("began", "sākās").</summary>
    Regex OnsetAfter => NoCue.Regex;

    /// <summary>
    /// A vague quantifier right before a trigger ("some clashes", "dažas sadursmes"): an
    /// occurrence only when its own clause dates it.
    /// </summary>
    Regex VaguePrefix { get; }

    /// <summary>A determiner right before a trigger that points back to an occurrence already told ("the clashes", "these").</summary>
    Regex AnaphoricPrefix { get; }

    /// <summary>Words that say somebody died (killed, dead, deaths, fatalities).</summary>
    Regex DeathCue { get; }

    /// <summary>Outcomes that are not deaths and take their own numbers (wounded, missing, arrested).</summary>
    Regex OtherOutcomeCue { get; }

    /// <summary>A lone victim with no number ("an Azerbaijani soldier was killed" → 1).</summary>
    Regex SingleVictim { get; }

    /// <summary>Civilian victims: turns a bare killing into Violence against civilians.</summary>
    Regex CivilianVictim { get; }

    /// <summary>Combatant victims: keeps a killing a battle even when civilians are also named.</summary>
    Regex CombatantVictim { get; }

    /// <summary>Marks a sub-count of a number already given ("including one civilian").</summary>
    Regex IncludingCue { get; }

    /// <summary>Numbers that are not counts of people: ages, durations, ordinals, calibres, models.</summary>
    Regex NotACountAfter { get; }

    /// <summary>A toll over a period rather than an occurrence ("in all", "overall", "throughout").</summary>
    Regex TotalCue { get; }

    /// <summary>Coordinating words between two dates that make them a list of separate times ("and", ",").</summary>
    Regex DateListJoiner { get; }

    /// <summary>What figure numbers measure, most specific first.</summary>
    IReadOnlyList<MeasureCue> MeasureCues { get; }
}

/// <summary>
/// The default for a refinement cue a language does not declare yet: it never matches, so a new
/// language pack builds with its triggers alone and gains each refinement when it writes the cue.
/// </summary>
internal static class NoCue
{
    public static Regex Regex { get; } = new("(?!)", RegexOptions.CultureInvariant);
}
