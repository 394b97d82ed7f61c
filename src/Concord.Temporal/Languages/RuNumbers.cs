using Concord.Model;
using Concord.Temporal.Engine;
using Concord.Temporal.Numbers;

namespace Concord.Temporal.Languages;

/// <summary>
/// Russian number words in the cases counts take ("пять", "пяти"), multipliers ("тысяч", "млн"),
/// qualifiers ("не менее", "около", "более") and counted nouns. A space groups thousands
/// ("192 000") and a comma is the decimal mark.
/// </summary>
public sealed class RuNumbers : NumberLanguage
{
    public override string Language => "ru";

    public override bool DecimalComma => true;

    public override Lexicon<int> Words => field ??= Lex(
        (1, "один одна одного одной"), (2, "два две двух двум"), (3, "три трёх трем"), (4, "четыре четырёх"),
        (5, "пять пяти"), (6, "шесть шести"), (7, "семь семи"), (8, "восемь восьми"), (9, "девять девяти"),
        (10, "десять десяти"), (11, "одиннадцать одиннадцати"), (12, "двенадцать двенадцати"), (13, "тринадцать"),
        (14, "четырнадцать"), (15, "пятнадцать пятнадцати"), (16, "шестнадцать"), (17, "семнадцать"), (18, "восемнадцать"),
        (19, "девятнадцать"), (20, "двадцать двадцати"), (30, "тридцать тридцати"), (40, "сорок сорока"),
        (50, "пятьдесят пятидесяти"), (60, "шестьдесят"), (70, "семьдесят"), (80, "восемьдесят"), (90, "девяносто"),
        (100, "сто"));

    public override Lexicon<double> Multipliers => field ??= Lex(
        (1e3, "тысяча тысячи тысяч тысячу тыс."), (1e6, "миллион миллиона миллионов млн"), (1e9, "миллиард миллиарда миллиардов млрд"));

    public override Lexicon<NumberQualifier> Qualifiers => field ??= Lex(
        (NumberQualifier.AtLeast, "не_менее не_меньше как_минимум по_меньшей_мере минимум"),
        (NumberQualifier.About, "около примерно приблизительно почти порядка свыше_около"),
        (NumberQualifier.MoreThan, "более свыше больше более_чем"),
        (NumberQualifier.AtMost, "не_более не_больше максимум вплоть_до"),
        (NumberQualifier.LessThan, "менее меньше"));

    public override Lexicon<string> CountedNouns => field ??= Lex(
        ("soldiers", "солдат солдаты солдата военнослужащих военнослужащие военнослужащий военных военные"),
        ("troops", "войск войска"),
        ("civilians", "мирных_жителей мирные_жители мирный_житель мирного_жителя гражданских гражданские"),
        ("people", "человек людей жителей жители"),
        ("fighters", "боевиков боевики ополченцев ополченцы добровольцев добровольцы"),
        ("police", "полицейских полицейские милиционеров"),
        ("refugees", "беженцев беженцы переселенцев вынужденных_переселенцев"),
        ("casualties", "погибших погибшие убитых убитые жертв"),
        ("wounded", "раненых раненые раненых"),
        ("prisoners", "пленных пленные заложников"),
        ("children", "детей дети"),
        ("women", "женщин"),
        ("families", "семей"),
        ("villages", "сёл сел деревень"),
        ("tanks", "танков танки"),
        ("aircraft", "самолётов самолеты вертолётов беспилотников"));

    protected override string RangeWords => "до|и";
}
