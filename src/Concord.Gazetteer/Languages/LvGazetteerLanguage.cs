namespace Concord.Gazetteer.Languages;

/// <summary>
/// Latvian: nouns decline by endings (Armēnija, Armēnijas, Armēniju, Armēnijai, Armēnijā;
/// Stepanakerta, Stepanakertā; Karabahas, Karabahu). The endings of all declensions, singular
/// and plural, are cut (after folding, so ā/a, ē/e, ī/i, ū/u coincide).
/// </summary>
public sealed class LvGazetteerLanguage() : SuffixStemmingLanguage(
    ["iem", "ām", "ās", "ēm", "ēs", "īm", "īs", "am", "as", "ai", "os", "us", "um", "is", "es", "ei", "ie", "im",
     "u", "a", "ā", "e", "ē", "i", "ī", "s", "o"],
    [
        "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris",
        "oktobris", "novembris", "decembris", "janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā",
        "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī", "pirmdiena", "otrdiena",
        "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena", "un", "bet", "pēc", "pie", "par",
        "kad", "tā", "to", "tas", "tie", "gan", "arī", "ar", "no", "uz", "līdz", "kopš", "tomēr", "taču", "lai",
        "vēlāk", "šajā", "šo", "šī", "kā", "ka", "jo", "nākamajā", "pirmais", "daļa", "abas", "puses", "kopā",
        "rudenī", "ziemā", "pavasarī", "vasarā", "naktī", "vienlaikus", "tikmēr", "septembrī", "tika",
    ],
    [
        "spēki", "spēks", "armija", "karaspēks", "karavīrs", "karavīri", "kareivis", "kareivji", "militāristi",
        "vienības", "vienība", "milicija", "kaujinieki", "separātisti", "varas", "vadība", "valdība",
        "amatpersonas", "iestādes", "artilērija", "snaiperis", "pozīcijas", "formējumi", "karotāji",
        "parlaments", "prezidents", "helikopters", "tanks",
    ],
    ["robeža", "robežas", "robežu"],
    ["robež"])
{
    public override string Language => "lv";
}
