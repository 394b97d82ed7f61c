using Concord.Model;
using Concord.Temporal.Engine;
using Concord.Temporal.Numbers;

namespace Concord.Temporal.Languages;

/// <summary>Latvian number words (every case), multipliers ("tūkstošu"), qualifiers ("vismaz") and counted nouns.</summary>
public sealed class LvNumbers : NumberLanguage
{
    public override string Language => "lv";

    public override bool DecimalComma => true;

    public override Lexicon<int> Words => field ??= Lex(
        (1, "viens viena vienu vienam vienai"), (2, "divi divas divu diviem divām divus"), (3, "trīs trijiem trijām triju"),
        (4, "četri četras četru četriem četrām četrus"), (5, "pieci piecas piecu pieciem piecām piecus"),
        (6, "seši sešas sešu sešiem sešām sešus"), (7, "septiņi septiņas septiņu septiņiem septiņām septiņus"),
        (8, "astoņi astoņas astoņu astoņiem astoņām astoņus"), (9, "deviņi deviņas deviņu deviņiem deviņām deviņus"),
        (10, "desmit"), (11, "vienpadsmit"), (12, "divpadsmit"), (13, "trīspadsmit"), (14, "četrpadsmit"), (15, "piecpadsmit"),
        (16, "sešpadsmit"), (17, "septiņpadsmit"), (18, "astoņpadsmit"), (19, "deviņpadsmit"), (20, "divdesmit"),
        (30, "trīsdesmit"), (40, "četrdesmit"), (50, "piecdesmit"), (60, "sešdesmit"), (70, "septiņdesmit"),
        (80, "astoņdesmit"), (90, "deviņdesmit"));

    public override Lexicon<double> Multipliers => field ??= Lex(
        (100.0, "simts simti simtu simtiem simtus"),
        (1e3, "tūkstotis tūkstoši tūkstošu tūkstošiem tūkstošus tūkst."),
        (1e6, "miljons miljoni miljonu miljoniem miljonus milj."),
        (1e9, "miljards miljardi miljardu miljardiem miljardus mljrd."),
        (10.0, "gadu_desmitus gadu_desmitiem gadu_desmiti gadu_desmitu"));

    public override Lexicon<string> MultiplierUnits => field ??= Lex(("years", "gadu_desmitus gadu_desmitiem gadu_desmiti gadu_desmitu"));

    public override Lexicon<NumberQualifier> Qualifiers => field ??= Lex(
        (NumberQualifier.AtLeast, "vismaz ne_mazāk_kā ne_mazāk_par"),
        (NumberQualifier.About, "ap aptuveni apmēram gandrīz teju aptuvenu"),
        (NumberQualifier.MoreThan, "vairāk_nekā vairāk_kā vairāk_par pāri_par virs"),
        (NumberQualifier.AtMost, "līdz_pat ne_vairāk_kā"),
        (NumberQualifier.LessThan, "mazāk_nekā mazāk_kā mazāk_par"));

    public override Lexicon<string> CountedNouns => field ??= Lex(
        ("soldiers", "karavīrs karavīri karavīru karavīrus karavīriem zaldāts zaldāti zaldātu zaldātus zaldātiem kareivis kareivji kareivju kareivjus kareivjiem militārpersonas militārpersonu"),
        ("troops", "karaspēks karaspēka"),
        ("civilians", "civiliedzīvotājs civiliedzīvotāji civiliedzīvotāju civiliedzīvotājus civiliedzīvotājiem"),
        ("people", "cilvēki cilvēku cilvēkus cilvēkiem iedzīvotāji iedzīvotāju iedzīvotājus personas personu"),
        ("fighters", "kaujinieki kaujinieku kaujiniekus brīvprātīgie brīvprātīgo"),
        ("police", "policisti policistu milicis miliči miliču"),
        ("refugees", "bēgļi bēgļu bēgļus"),
        ("casualties", "upuri upuru upurus bojāgājušie bojāgājušo kritušie kritušo kritušus"),
        ("wounded", "ievainoti ievainotie ievainoto ievainotos"),
        ("prisoners", "gūstekņi gūstekņu ķīlnieki ķīlnieku"),
        ("children", "bērni bērnu bērnus"),
        ("families", "ģimenes ģimeņu"),
        ("villages", "ciemi ciemu ciemus"));

    protected override string RangeWords => "līdz|un";
}
