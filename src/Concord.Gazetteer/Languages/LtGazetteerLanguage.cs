namespace Concord.Gazetteer.Languages;

/// <summary>
/// Lithuanian: nouns decline by endings (Armėnija, Armėnijos, Armėnijai, Armėniją, Armėnijoje;
/// Azerbaidžanas, Azerbaidžano, Azerbaidžanui, Azerbaidžaną). Texts are often typed without
/// diacritics ("Azerbaidzano"); folding makes both spellings meet.
/// </summary>
public sealed class LtGazetteerLanguage() : SuffixStemmingLanguage(
    ["iuose", "uose", "iems", "omis", "oje", "eje", "ėje", "uje", "yje", "ams", "ims", "ose", "iai", "ius",
     "ių", "ais", "ai", "ui", "ei", "as", "is", "ys", "us", "os", "es", "ės", "io", "iu", "ą", "ę", "į",
     "ų", "ė", "a", "e", "o", "u", "y", "i"],
    [
        "sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis", "liepa", "rugpjūtis", "rugsėjis",
        "spalis", "lapkritis", "gruodis", "ir", "bet", "po", "prie", "nuo", "iki", "kai", "tai", "tas", "jie",
        "taip", "pat", "su", "į", "kad", "nes", "tačiau", "vėliau", "karas", "karo", "kare", "kur", "buvo",
        "tarp", "dar", "jau", "abi", "pusės", "per", "metais", "metu", "šis", "ši", "šie", "ten", "čia", "todėl", "nors",
    ],
    [
        "pajėgos", "kariuomenė", "armija", "kariai", "karys", "kareiviai", "kareivis", "milicija",
        "separatistai", "valdžia", "vyriausybė", "pareigūnai", "artilerija", "snaiperis", "pozicijos",
        "daliniai", "parlamentas", "prezidentas",
    ],
    ["siena", "sienos", "pasienis"],
    ["pasieni"])
{
    public override string Language => "lt";
}
