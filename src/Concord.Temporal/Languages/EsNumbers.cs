using Concord.Model;
using Concord.Temporal.Engine;
using Concord.Temporal.Numbers;

namespace Concord.Temporal.Languages;

/// <summary>
/// Spanish number words, multipliers ("mil", "millones"), qualifiers ("al menos", "unos", "más
/// de") and counted nouns. A dot (or a space) groups thousands ("192.000") and a comma is the
/// decimal mark; the article "un"/"una" is not read as a count.
/// </summary>
public sealed class EsNumbers : NumberLanguage
{
    public override string Language => "es";

    public override bool DecimalComma => true;

    public override Lexicon<int> Words => field ??= Lex(
        (2, "dos"), (3, "tres"), (4, "cuatro"), (5, "cinco"), (6, "seis"), (7, "siete"), (8, "ocho"), (9, "nueve"),
        (10, "diez"), (11, "once"), (12, "doce"), (13, "trece"), (14, "catorce"), (15, "quince"), (16, "dieciséis"),
        (17, "diecisiete"), (18, "dieciocho"), (19, "diecinueve"), (20, "veinte"), (30, "treinta"), (40, "cuarenta"),
        (50, "cincuenta"), (60, "sesenta"), (70, "setenta"), (80, "ochenta"), (90, "noventa"), (100, "cien ciento"),
        (12, "docena"), (100, "centenar"));

    public override Lexicon<double> Multipliers => field ??= Lex(
        (1e3, "mil miles"), (1e6, "millón millones"), (1e9, "mil_millones"));

    public override Lexicon<NumberQualifier> Qualifiers => field ??= Lex(
        (NumberQualifier.AtLeast, "al_menos por_lo_menos como_mínimo no_menos_de"),
        (NumberQualifier.About, "unos unas alrededor_de cerca_de aproximadamente casi en_torno_a unos_los"),
        (NumberQualifier.MoreThan, "más_de"),
        (NumberQualifier.AtMost, "hasta como_máximo"),
        (NumberQualifier.LessThan, "menos_de"));

    public override Lexicon<string> CountedNouns => field ??= Lex(
        ("soldiers", "soldado soldados militares efectivos"),
        ("troops", "tropas"),
        ("civilians", "civil civiles"),
        ("people", "personas habitantes"),
        ("fighters", "combatientes milicianos voluntarios rebeldes guerrilleros"),
        ("police", "policías agentes"),
        ("refugees", "refugiados desplazados"),
        ("casualties", "muertos víctimas fallecidos"),
        ("wounded", "heridos"),
        ("prisoners", "prisioneros rehenes detenidos"),
        ("children", "niños menores"),
        ("women", "mujeres"),
        ("families", "familias"),
        ("villages", "aldeas pueblos"),
        ("tanks", "tanques carros"),
        ("aircraft", "aviones helicópteros drones"));

    protected override string RangeWords => "a|y";
}
