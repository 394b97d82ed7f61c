using Concord.Model;
using Concord.Temporal.Engine;
using Concord.Temporal.Numbers;

namespace Concord.Temporal.Languages;

/// <summary>Lithuanian number words (every case), multipliers ("tūkstančiai"), qualifiers ("mažiausiai") and counted nouns.</summary>
public sealed class LtNumbers : NumberLanguage
{
    public override string Language => "lt";

    public override bool DecimalComma => true;

    public override Lexicon<int> Words => field ??= Lex(
        (1, "vienas viena vieno vienos vieną"), (2, "du dvi dviejų dviem"), (3, "trys trijų tris trims"),
        (4, "keturi keturios keturių keturis keturias"), (5, "penki penkios penkių penkis penkias"),
        (6, "šeši šešios šešių šešis šešias"), (7, "septyni septynios septynių septynis septynias"),
        (8, "aštuoni aštuonios aštuonių aštuonis aštuonias"), (9, "devyni devynios devynių devynis devynias"),
        (10, "dešimt dešimties"), (11, "vienuolika"), (12, "dvylika"), (13, "trylika"), (14, "keturiolika"),
        (15, "penkiolika"), (16, "šešiolika"), (17, "septyniolika"), (18, "aštuoniolika"), (19, "devyniolika"),
        (20, "dvidešimt"), (30, "trisdešimt"), (40, "keturiasdešimt"), (50, "penkiasdešimt"), (60, "šešiasdešimt"),
        (70, "septyniasdešimt"), (80, "aštuoniasdešimt"), (90, "devyniasdešimt"));

    public override Lexicon<double> Multipliers => field ??= Lex(
        (100.0, "šimtas šimtai šimtų šimtus"),
        (1e3, "tūkstantis tūkstančiai tūkstančių tūkstančius tūkst."),
        (1e6, "milijonas milijonai milijonų milijonus mln."),
        (1e9, "milijardas milijardai milijardų milijardus mlrd."));

    public override Lexicon<NumberQualifier> Qualifiers => field ??= Lex(
        (NumberQualifier.AtLeast, "mažiausiai bent ne_mažiau_kaip"),
        (NumberQualifier.About, "apie maždaug apytiksliai beveik"),
        (NumberQualifier.MoreThan, "daugiau_nei daugiau_kaip per virš"),
        (NumberQualifier.AtMost, "iki ne_daugiau_kaip"),
        (NumberQualifier.LessThan, "mažiau_nei mažiau_kaip"));

    public override Lexicon<string> CountedNouns => field ??= Lex(
        ("soldiers", "karys kariai karių karius kariams kareivis kareiviai kareivių kareivius"),
        ("troops", "kariuomenė kariuomenės"),
        ("civilians", "civilis civiliai civilių civilius"),
        ("people", "žmonės žmonių žmones gyventojai gyventojų gyventojus asmenys asmenų"),
        ("fighters", "kovotojai kovotojų savanoriai savanorių"),
        ("refugees", "pabėgėliai pabėgėlių pabėgėlius"),
        ("casualties", "aukos aukų žuvusieji žuvusiųjų"),
        ("wounded", "sužeisti sužeistieji sužeistųjų"),
        ("children", "vaikai vaikų vaikus"),
        ("regions", "regionai regionų regionus rajonai rajonų"));

    protected override string RangeWords => "iki|ir";
}
