using Concord.Model;
using Concord.Temporal.Engine;
using Concord.Temporal.Numbers;

namespace Concord.Temporal.Languages;

/// <summary>English number words, multipliers, qualifiers and counted nouns.</summary>
public sealed class EnNumbers : NumberLanguage
{
    public override string Language => "en";

    public override Lexicon<int> Words => field ??= Lex(
        (1, "one"), (2, "two"), (3, "three"), (4, "four"), (5, "five"), (6, "six"), (7, "seven"), (8, "eight"), (9, "nine"),
        (10, "ten"), (11, "eleven"), (12, "twelve"), (13, "thirteen"), (14, "fourteen"), (15, "fifteen"), (16, "sixteen"),
        (17, "seventeen"), (18, "eighteen"), (19, "nineteen"), (20, "twenty"), (30, "thirty"), (40, "forty"), (50, "fifty"),
        (60, "sixty"), (70, "seventy"), (80, "eighty"), (90, "ninety"), (12, "dozen"));

    public override Lexicon<double> Multipliers => field ??= Lex(
        (100.0, "hundred"), (1e3, "thousand k"), (1e6, "million millions mn"), (1e9, "billion billions bn"));

    public override Lexicon<NumberQualifier> Qualifiers => field ??= Lex(
        (NumberQualifier.AtLeast, "at_least no_fewer_than no_less_than a_minimum_of"),
        (NumberQualifier.About, "about around approximately roughly some nearly almost an_estimated estimated circa ca. approx."),
        (NumberQualifier.MoreThan, "more_than over upwards_of in_excess_of above"),
        (NumberQualifier.AtMost, "up_to at_most no_more_than"),
        (NumberQualifier.LessThan, "less_than fewer_than under below"));

    public override Lexicon<string> CountedNouns => field ??= Lex(
        ("soldiers", "soldier soldiers servicemen serviceman servicemembers conscripts"),
        ("troops", "troops"),
        ("civilians", "civilian civilians non-combatants"),
        ("people", "people persons person individuals inhabitants residents"),
        ("fighters", "fighters militants combatants volunteers"),
        ("police", "police policemen officers"),
        ("refugees", "refugees displaced"),
        ("casualties", "casualties deaths fatalities dead killed"),
        ("wounded", "wounded injured"),
        ("prisoners", "prisoners hostages captives detainees"),
        ("children", "children child"),
        ("women", "women"),
        ("families", "families"),
        ("villages", "villages"),
        ("tanks", "tanks"),
        ("aircraft", "aircraft helicopters drones"));

    protected override string RangeWords => "to|and";
}
