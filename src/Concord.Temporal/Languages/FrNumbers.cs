using Concord.Model;
using Concord.Temporal.Engine;
using Concord.Temporal.Numbers;

namespace Concord.Temporal.Languages;

/// <summary>
/// French number words, multipliers ("mille", "millions", "M"), qualifiers ("au moins",
/// "environ", "plus de") and counted nouns. A space groups thousands ("192 000") and a comma is the
/// decimal mark; the article "un"/"une" is not read as a count.
/// </summary>
public sealed class FrNumbers : NumberLanguage
{
    public override string Language => "fr";

    public override bool DecimalComma => true;

    public override Lexicon<int> Words => field ??= Lex(
        (2, "deux"), (3, "trois"), (4, "quatre"), (5, "cinq"), (6, "six"), (7, "sept"), (8, "huit"), (9, "neuf"),
        (10, "dix"), (11, "onze"), (12, "douze"), (13, "treize"), (14, "quatorze"), (15, "quinze"), (16, "seize"),
        (17, "dix-sept"), (18, "dix-huit"), (19, "dix-neuf"), (20, "vingt"), (30, "trente"), (40, "quarante"),
        (50, "cinquante"), (60, "soixante"), (70, "soixante-dix"), (80, "quatre-vingts quatre-vingt"), (90, "quatre-vingt-dix"),
        (12, "douzaine"), (100, "centaine"));

    public override Lexicon<double> Multipliers => field ??= Lex(
        (100.0, "cent cents"), (1e3, "mille milliers"), (1e6, "million millions"), (1e9, "milliard milliards"));

    public override Lexicon<NumberQualifier> Qualifiers => field ??= Lex(
        (NumberQualifier.AtLeast, "au_moins au_minimum pas_moins_de"),
        (NumberQualifier.About, "environ près_de quelque presque approximativement autour_de une_vingtaine_de quasiment"),
        (NumberQualifier.MoreThan, "plus_de plus_d' au-delà_de"),
        (NumberQualifier.AtMost, "jusqu'à au_plus au_maximum"),
        (NumberQualifier.LessThan, "moins_de moins_d'"));

    public override Lexicon<string> CountedNouns => field ??= Lex(
        ("soldiers", "soldat soldats militaires"),
        ("troops", "troupes"),
        ("civilians", "civil civils"),
        ("people", "personnes habitants gens"),
        ("fighters", "combattants miliciens volontaires rebelles"),
        ("police", "policiers gendarmes"),
        ("refugees", "réfugiés déplacés"),
        ("casualties", "morts victimes tués"),
        ("wounded", "blessés"),
        ("prisoners", "prisonniers otages"),
        ("children", "enfants"),
        ("women", "femmes"),
        ("families", "familles"),
        ("villages", "villages"),
        ("tanks", "chars blindés"),
        ("aircraft", "avions hélicoptères drones"));

    protected override string RangeWords => "à|et";
}
