using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Lithuanian triggers and cues, written on folded text (ą→a, č→c, ė→e, š→s, ų→u, ž→z …), so text
/// typed with or without diacritics matches the same stems.
/// </summary>
public sealed class LtExtractionLexicon : IExtractionLexicon
{
    private const string Battles = "Battles";
    private const string Remote = "Explosions/Remote violence";
    private const string Civilians = "Violence against civilians";
    private const string Strategic = "Strategic developments";

    public string Language => "lt";

    public IReadOnlyList<TriggerRule> Triggers { get; } =
    [
        new("lt.shoot-down", @"\bnumust\w*", Strategic, "Disrupted weapons use"),
        new("lt.drone", @"\b(dron\w* ataka\w*|oro ataka\w*|bombardav\w*|subombard\w*)", Remote, "Air/drone strike"),
        new("lt.shelling", @"\b(artilerij\w*|apsaud\w*|raket\w*|minosvaid\w*)", Remote, "Shelling/artillery/missile attack"),
        new("lt.capture", @"\b(uzeme|uzemt\w*|atiteko|uzimt\w*|perem(e|ima)\w*)\b", Battles, "Non-state actor overtakes territory"),
        new("lt.transfer", @"\b(atiduot\w*|perduot\w*|grazint\w*)", Strategic, "Non-violent transfer of territory"),
        new("lt.massacre", @"\b(zudyn\w*|skerdyn\w*|nuzud\w*)", Civilians, "Attack"),
        new("lt.pogrom", @"\bpogrom\w*", "Riots", "Mob violence"),
        new("lt.protest", @"\b(protest\w*|demonstracij\w*|miting\w*|(prasidejo|vyko) ([\w.-]+ ){0,4}(taikiai|taikiu budu|be smurto))", "Protests", "Peaceful protest"),
        new("lt.agreement", @"\b(paliaub\w*|pasirasyt\w*|pasirase\b|taikos sutart\w*)", Strategic, "Agreement"),
        new("lt.agreement-weak", @"\b(sutart\w*|susitarim\w*)", Strategic, "Agreement", TriggerStrength.Weak),
        new("lt.declaration", @"\b(paskelb\w*|deklaracij\w*|nepriklausomyb\w*)", Strategic, "Declaration"),
        new("lt.vote", @"\b(referendum\w*|balsav\w*|rezoliucij\w*)", Strategic, "Vote or resolution"),
        new("lt.deployment", @"\b(taikdari\w*|dislokav\w*|ivest\w* kariuomen\w*)", Strategic, "Change to group/activity"),
        new("lt.expulsion", @"\b(isvaryt\w*|istremt\w*|deportav\w*|blokad\w*|turejo begti)", Strategic, "Other"),
        new("lt.clash", @"\b(atak(os|a|u|as|omis)\b|mus(is|iai|iu)\b|kov(os|a|u|ose)\b|susiremim\w*|puolim\w*|ofensyv\w*|kariavo|konflikt\w* (pilnai )?atsinaujin\w*|isiverz\w*)", Battles, "Armed clash"),
        new("lt.war", @"\b(kar(as|o|a|e)|konflikt(as|o|e))\b", Battles, "Armed clash", TriggerStrength.Weak),
        new("lt.killed", @"\b(zuv(o|e|usi|usiu|usieji|usiuju)\w*|nuzudy\w*|mir(e|usi|usiu)\w*|auk(os|u)\b|zut\w*)", Battles, "Armed clash", TriggerStrength.Death),
    ];

    public Regex ClauseBreak => field ??= LexiconRegex.Build(@";|, taciau |, bet |, o (?=\w)| po to, kai ", RegexOptions.CultureInvariant);

    public Regex ReferencePrefix => field ??= LexiconRegex.Build(@"\bnuo\s+(\d{4}\s+m\.\s+)?$", RegexOptions.CultureInvariant);

    public Regex PredicateJoiner => field ??= LexiconRegex.Build(@"(,|\bir\b|\bbei\b)", RegexOptions.CultureInvariant);

    public Regex OrganisationHead => field ??= LexiconRegex.Build(@"\b(sajung\w*|komitet\w*|organizacij\w*|ministerij\w*|taryb\w*|draugij\w*|fond\w*|institut\w*|muziej\w*|agentur\w*|grup\w*|partij\w*|judejim\w*)\b", RegexOptions.CultureInvariant);

    public Regex ReportedPrefix => field ??= LexiconRegex.Build(@"\b(kaltin\w*|pasmerk\w*|ragin\w*)\s+(\w+\s+){0,4}$", RegexOptions.CultureInvariant);

    public Regex CauseOfOutcome => field ??= LexiconRegex.Build(@"\b((del|del to|sukelt\w*) (\w+ ){0,2}?(karo|konflikto|kovu|susiremimu|karo veiksmu|smurto))\b", RegexOptions.CultureInvariant);

    public Regex WeaponInUse => field ??= LexiconRegex.Build(@"\b(naudoj\w*|naudot\w*|panaudo\w*)( [\w-]+){0,6}", RegexOptions.CultureInvariant);

    public Regex Characterisation => field ??= LexiconRegex.Build(@"\b(pasizymejo|pasizymi|buvo pazymet\w*) \w+.*", RegexOptions.CultureInvariant);

    public Regex InfoboxDateLabel => field ??= LexiconRegex.Build(@"^\W*data\b", RegexOptions.CultureInvariant);

    public Regex ConflictInfoboxCue => field ??= LexiconRegex.Build(@"\b(kariaujancios salys|nuostoliai|vadai)\b", RegexOptions.CultureInvariant);

    public Regex OnsetAfter => field ??= LexiconRegex.Build(@"\G\s+(prasidejo|kilo|atsinaujino|baigesi)\b", RegexOptions.CultureInvariant);

    public Regex VaguePrefix => field ??= LexiconRegex.Build(@"\b(kelios|keli|kai kurios|kai kurie|daug|retos|reti)\s+(\w+\s+)?$", RegexOptions.CultureInvariant);

    public Regex AnaphoricPrefix => field ??= LexiconRegex.Build(@"\b(sis|sie|sios|sio|tos|tie|ta|to)\s+$", RegexOptions.CultureInvariant);

    public Regex DeathCue => field ??= LexiconRegex.Build(@"\b(zuv(o|e|usi|usiu|usieji|usiuju)\w*|nuzudy\w*|mir(e|usi|usiu)\w*|auk(os|u)\b|zut\w*)", RegexOptions.CultureInvariant);

    public Regex OtherOutcomeCue => field ??= LexiconRegex.Build(@"\b(suzeist\w*|dingus\w*|be zinios|suimt\w*|paimt\w* i nelaisv\w*)", RegexOptions.CultureInvariant);

    public Regex SingleVictim => field ??= LexiconRegex.Build(@"\b(zuvo (\w+\s+){0,2}?(karys|civilis|zmogus)|buvo nuzudytas|buvo nuzudyta)\b", RegexOptions.CultureInvariant);

    public Regex CivilianVictim => field ??= LexiconRegex.Build(@"\b(civil\w*|gyventoj\w*|moter\w*|vaik\w*|pabegel\w*)", RegexOptions.CultureInvariant);

    public Regex CombatantVictim => field ??= LexiconRegex.Build(@"\b(kar(ys|iai|iu|eiv\w*)|kariuomen\w*|pajeg\w*|kovotoj\w*)\b", RegexOptions.CultureInvariant);

    public Regex IncludingCue => field ??= LexiconRegex.Build(@"(\biskaitant|is ju|\()\s*$", RegexOptions.CultureInvariant);

    public Regex NotACountAfter => field ??= LexiconRegex.Build(@"^(\s*(met|dien|menes|savait|valand|nakt)\w*|\s*m\.|\s*%|\s*procent\w*|\s*mm\b|\s*km|\s*d\b)", RegexOptions.CultureInvariant);

    public Regex TotalCue => field ??= LexiconRegex.Build(@"\b(is viso|per metus|kasmet|bendrai)\b", RegexOptions.CultureInvariant);

    public Regex DateListJoiner => field ??= LexiconRegex.Build(@"^[\s,:]*((ir|arba)\s+)?$", RegexOptions.CultureInvariant);

    public IReadOnlyList<MeasureCue> MeasureCues { get; } =
    [
        new("spending", @"\bdoler\w*|\beur\w*|\$|\bbiudzet\w*|\bislaid\w*"),
        new("other", @"%|\bprocent\w*|\bkvadratin\w*"),
        new("missing", @"\bdingus\w*|\bbe zinios\b"),
        new("wounded", @"\bsuzeist\w*"),
        new("displaced", @"\bpabegel\w*|\bisvaryt\w*|\bistremt\w*|\bperkelt\w*"),
        new("killed", @"\bzuv\w*|\bnuzudy\w*|\bmir(e|usi|usiu)\w*|\bauk(os|u)\b|\bzut\w*"),
        new("strength", @"\bkar(iai|iu)\b|\bkariuomen\w*|\bsavanori\w*|\bsamdini\w*|\btaikdari\w*"),
    ];
}
