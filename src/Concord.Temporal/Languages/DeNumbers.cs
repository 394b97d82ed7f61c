using Concord.Model;
using Concord.Temporal.Engine;
using Concord.Temporal.Numbers;

namespace Concord.Temporal.Languages;

/// <summary>
/// German number words, multipliers ("Tausend", "Mio."), qualifiers ("mindestens", "etwa") and
/// counted nouns. A dot groups thousands ("192.000") and a comma is the decimal mark; the article
/// "ein"/"eine" is not read as a count.
/// </summary>
public sealed class DeNumbers : NumberLanguage
{
    public override string Language => "de";

    public override bool DecimalComma => true;

    public override Lexicon<int> Words => field ??= Lex(
        (2, "zwei"), (3, "drei"), (4, "vier"), (5, "fünf"), (6, "sechs"), (7, "sieben"), (8, "acht"), (9, "neun"),
        (10, "zehn"), (11, "elf"), (12, "zwölf"), (13, "dreizehn"), (14, "vierzehn"), (15, "fünfzehn"), (16, "sechzehn"),
        (17, "siebzehn"), (18, "achtzehn"), (19, "neunzehn"), (20, "zwanzig"), (30, "dreißig"), (40, "vierzig"),
        (50, "fünfzig"), (60, "sechzig"), (70, "siebzig"), (80, "achtzig"), (90, "neunzig"), (12, "dutzend"));

    public override Lexicon<double> Multipliers => field ??= Lex(
        (100.0, "hundert"), (1e3, "tausend tsd."), (1e6, "million millionen mio."), (1e9, "milliarde milliarden mrd."));

    public override Lexicon<NumberQualifier> Qualifiers => field ??= Lex(
        (NumberQualifier.AtLeast, "mindestens wenigstens zumindest"),
        (NumberQualifier.About, "etwa rund ungefähr circa ca. zirka annähernd fast beinahe knapp schätzungsweise geschätzt"),
        (NumberQualifier.MoreThan, "mehr_als über weit_über"),
        (NumberQualifier.AtMost, "bis_zu höchstens maximal"),
        (NumberQualifier.LessThan, "weniger_als unter"));

    public override Lexicon<string> CountedNouns => field ??= Lex(
        ("soldiers", "soldat soldaten militärangehörige militärangehörigen armeeangehörige armeeangehörigen"),
        ("troops", "truppen"),
        ("civilians", "zivilist zivilisten zivilpersonen"),
        ("people", "menschen personen einwohner bewohner"),
        ("fighters", "kämpfer milizionäre freiwillige freiwilligen"),
        ("police", "polizisten"),
        ("refugees", "flüchtlinge vertriebene vertriebenen binnenvertriebene"),
        ("casualties", "tote toten todesopfer opfer"),
        ("wounded", "verletzte verletzten verwundete verwundeten"),
        ("prisoners", "gefangene gefangenen geiseln"),
        ("children", "kinder"),
        ("women", "frauen"),
        ("families", "familien"),
        ("villages", "dörfer"),
        ("tanks", "panzer"),
        ("aircraft", "flugzeuge hubschrauber drohnen"));

    protected override string RangeWords => "bis|und";
}
