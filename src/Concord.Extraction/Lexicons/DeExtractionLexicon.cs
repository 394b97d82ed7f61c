using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// German triggers and cues, written on folded text (ä→a, ö→o, ü→u; ß stays). German compounds
/// put the head last ("Artilleriebeschuss", "Luftangriffe"), so several patterns also match a
/// stem inside a word; separable verbs ("erkannte … an", "marschierten … ein") are matched with
/// their particle within the clause.
/// </summary>
public sealed class DeExtractionLexicon : IExtractionLexicon
{
    private const string Battles = "Battles";
    private const string Remote = "Explosions/Remote violence";
    private const string Civilians = "Violence against civilians";
    private const string Strategic = "Strategic developments";

    public string Language => "de";

    public IReadOnlyList<TriggerRule> Triggers { get; } =
    [
        new("de.shoot-down", @"\b(abgeschossen|abschuss\w*|schoss\w* \w+ ab)\b", Strategic, "Disrupted weapons use"),
        new("de.air-strike", @"(luftangriff\w*|luftschlag\w*|luftschlage\w*|drohnenangriff\w*|\bbombardier\w*|bombenangriff\w*|\bbombardement\w*)", Remote, "Air/drone strike"),
        new("de.shelling", @"(beschuss\w*|\bbeschoss\w*|\bbeschieß\w*|artillerie\w*|rakete\w*|granat\w*|\bmorser\w*)", Remote, "Shelling/artillery/missile attack"),
        new("de.landmine", @"(landmine\w*|\bminenexplosion\w*|sprengsatz\w*|sprengsatze\w*|\bentmin\w*)", Remote, "Remote explosive/landmine/IED"),
        new("de.capture", @"\b(eingenommen|einnahme|nahmen \w+ ein|erobert\w*|eroberung\w*|besetzt(e|en)?\b|besetzung\w*|unter (ihre |seine |die )?kontrolle)", Battles, "Non-state actor overtakes territory"),
        new("de.transfer", @"\b(ubergeben|ubergabe|zuruckgegeben|ruckgabe|abgetreten)\b", Strategic, "Non-violent transfer of territory"),
        new("de.massacre", @"\b(massaker\w*|ermordet\w*|ermordung\w*|hingerichtet\w*|ethnische\w* sauberung\w*)", Civilians, "Attack"),
        new("de.abduction", @"\b(entfuhrt\w*|entfuhrung\w*|verschleppt\w*|als geisel\w* genommen)", Civilians, "Abduction/forced disappearance"),
        new("de.pogrom", @"\bpogrom\w*", "Riots", "Mob violence"),
        new("de.riot", @"\b(unruhen|krawall\w*|ausschreitung\w*)", "Riots", "Violent demonstration"),
        new("de.protest", @"\b(protest\w*|demonstration\w*|demonstrant\w*|kundgebung\w*)", "Protests", "Peaceful protest"),
        new("de.agreement", @"(waffenstillstand\w*|waffenruhe\w*|feuerpause\w*|friedensvertrag\w*|friedensabkommen\w*|friedensplan\w*|\bvereinbart\w*|\bvereinbarung\w*|\bunterzeichne\w*|\bunterschrieben\b|\bunterschrieb\b|\bstimmte\w* \w+ zu\b)", Strategic, "Agreement"),
        new("de.declaration", @"\b(erklarte\w*|erklarung\w*|ausgerufen|ausrufung|ausrief\w*|proklamier\w*|kriegsrecht\w*|anerkenn\w*|anerkannt\w*|erkannte\w* .{0,80}\ban\b)", Strategic, "Declaration"),
        new("de.vote", @"\b(referendum\w*|volksabstimmung\w*|abstimmung\w*|stimmte\w* .{0,40}\bab\b|resolution\w*|verabschiedet\w*)", Strategic, "Vote or resolution"),
        new("de.deployment", @"(friedenstruppe\w*|beobachtermission\w*|\bstationier\w*|\bentsandt\w*|\bentsandte\w*|\bverlegt\w*|\bgegrundet\b)", Strategic, "Change to group/activity"),
        new("de.blockade", @"\b(blockade\w*|blockier\w*|vertrieben\w*|vertreibung\w*|deportier\w*|deportation\w*|ausgewiesen|ultimatum\w*|schloss\w* \w+ grenze)", Strategic, "Other"),
        new("de.arrest", @"\b(verhaftet\w*|festgenommen|festnahme\w*|verhaftung\w*)", Strategic, "Arrests"),
        new("de.clash", @"\b(gefecht\w*|kampfe\b|kampfen\b|kampfhandlung\w*|zusammensto(ß|ss)\w*|schusswechsel\w*|feuergefecht\w*|offensive\w*|angriff\w*|griffen \w+ an|eskal\w*|unter feuer|einmarsch\w*|marschierte\w* .{0,80}\bein\b|drangen .{0,60}\bein\b|vorgeruckt|ruckten .{0,40}\bvor\b|schlacht\w*)", Battles, "Armed clash"),
        new("de.war", @"\b(krieg(s|es|e|en)?|konflikt(s|es|e|en)?|militaroperation\w*|operation|zwischenfall\w*|vorfall\w*)\b", Battles, "Armed clash", TriggerStrength.Weak),
        new("de.killed", @"\b(getotet\w*|totete\w*|tote\b|toten\b|todesopfer\w*|ums leben|starb\w*|gestorben|gefallen\w*|opfer\b)", Battles, "Armed clash", TriggerStrength.Death),
    ];

    public Regex ClauseBreak => field ??= LexiconRegex.Build(@";|, wahrend |, aber |, doch |, nachdem | — |, woraufhin |, worauf ", RegexOptions.CultureInvariant);

    public Regex ReferencePrefix => field ??= LexiconRegex.Build(@"\b(seit|bis|nach|vor|wahrend)\s+(dem|der|den|des)\s+([\w-]+\s+){0,4}$|\b(seit|ab)\s+$", RegexOptions.CultureInvariant);

    public Regex PredicateJoiner => field ??= LexiconRegex.Build(@"(,|\bund\b|\bsowie\b)", RegexOptions.CultureInvariant);

    // Every German noun is capitalised, so a run of capitalised words is not yet a name
    // ("Beobachtermission der Europäischen Union" is a mission of the EU): only a run that opens
    // with its head ("Union der Angehörigen …", "Komitee für …") is an organisation's name.
    public Regex OrganisationHead => field ??= LexiconRegex.Build(@"^\W*(union|verband\w*|komitee\w*|ausschuss\w*|organisation\w*|ministerium\w*|rat\b|rates\b|verein\w*|gesellschaft\w*|stiftung\w*|institut\w*|museum\w*|agentur\w*|amt\b|gruppe\w*|fonds?\b|zentrum\w*|bewegung\w*|partei\w*)\b", RegexOptions.CultureInvariant);

    public Regex ReportedPrefix => field ??= LexiconRegex.Build(@"\b(vorwurf\w* (des|der|von)|warf\w* (\w+ ){0,4}vor|beschuldig\w* (\w+ ){0,4}(des|der)|verurteil\w*|forder\w* (\w+ ){0,3}(ein )?ende|rief\w* (\w+ ){0,3}auf)\s+((den|die|das|der|alle|beide)\s+)?([\w-]+\s+){0,3}$", RegexOptions.CultureInvariant);

    public Regex CauseOfOutcome => field ??= LexiconRegex.Build(@"\b((durch|infolge|wegen|aufgrund|auf grund) (der |die |den |des |dem |diese\w* )?([\w-]+ ){0,2}?(kampfe\w*|kampfhandlung\w*|krieg\w*|konflikt\w*|gefecht\w*|feindseligkeiten|gewalt|zusammensto\w*)( ([\w-]+ ){0,3}?(vertrieben|entwurzelt|zerstort|beschadigt|obdachlos)\w*)?)\b", RegexOptions.CultureInvariant);

    public Regex WeaponInUse => field ??= LexiconRegex.Build(@"\b(unter einsatz von|unter verwendung von|mit hilfe von|setzten|setzte|eingesetzt\w*|verwendet\w*)( [\w-]+){0,6}", RegexOptions.CultureInvariant);

    public Regex Characterisation => field ??= LexiconRegex.Build(@"\b(war|waren|ist|sind) (\w+ ){0,2}(gepragt|gekennzeichnet) (durch|von)\b.*", RegexOptions.CultureInvariant);

    public Regex InfoboxDateLabel => field ??= LexiconRegex.Build(@"^\W*datum\b", RegexOptions.CultureInvariant);

    public Regex ConflictInfoboxCue => field ??= LexiconRegex.Build(@"\b(konfliktparteien|kriegsparteien|verluste|befehlshaber|kommandeure)\b", RegexOptions.CultureInvariant);

    public Regex OnsetAfter => field ??= LexiconRegex.Build(@"\G\s+(begann|begannen|brach aus|brachen aus|entbrannte|flammte (wieder )?auf|endete|endeten)\b", RegexOptions.CultureInvariant);

    public Regex VaguePrefix => field ??= LexiconRegex.Build(@"\b(einige|mehrere|vereinzelte|zahlreiche|viele|gelegentliche)\s+(\w+\s+)?$", RegexOptions.CultureInvariant);

    public Regex AnaphoricPrefix => field ??= LexiconRegex.Build(@"\b(die|der|das|den|dem|diese|dieser|dieses|diesen|solche)\s+$", RegexOptions.CultureInvariant);

    public Regex DeathCue => field ??= LexiconRegex.Build(@"\b(getotet\w*|totete\w*|tote\b|toten\b|todesopfer\w*|ums leben|starb\w*|gestorben|gefallen(e|en)?\b|kamen \w+ ums leben)", RegexOptions.CultureInvariant);

    public Regex OtherOutcomeCue => field ??= LexiconRegex.Build(@"\b(verletzt\w*|verwundet\w*|vermisst\w*|verhaftet\w*|festgenommen|gefangen\w*|geisel\w*|vertrieben\w*)", RegexOptions.CultureInvariant);

    public Regex SingleVictim => field ??= LexiconRegex.Build(@"\b(ein|eine|einen)\s+([\w-]+\s+){0,2}?(soldat|zivilist|hirte|frau|mann|junge|madchen|kind|polizist|burger|kampfer|offizier)\b", RegexOptions.CultureInvariant);

    public Regex CivilianVictim => field ??= LexiconRegex.Build(@"\b(zivilist\w*|zivilperson\w*|zivilbevolkerung|einwohner\w*|bewohner\w*|frauen|frau|kinder\w*|kind|dorfbewohner\w*|burger\w*|hirte\w*)\b", RegexOptions.CultureInvariant);

    public Regex CombatantVictim => field ??= LexiconRegex.Build(@"\b(soldat\w*|truppen|militar\w*|armee\w*|kampfer\w*|streitkraft\w*|streitkrafte|milizionar\w*|armeeangehorig\w*|militarangehorig\w*)\b", RegexOptions.CultureInvariant);

    public Regex IncludingCue => field ??= LexiconRegex.Build(@"(\bdarunter|\beinschließlich|\beinschliesslich|\bdavon|\bunter ihnen|\bstieg auf( mindestens| etwa)?|\()\s*$", RegexOptions.CultureInvariant);

    public Regex NotACountAfter => field ??= LexiconRegex.Build(@"^(\s*-?\s*(jahr|tag|monat|woche|stunde|minute|nacht)\w*\b|-jahrig\w*|\.\s|\s*%|\s*prozent\b|\s*mm\b|\s*km|\s*quadrat|/)", RegexOptions.CultureInvariant);

    public Regex TotalCue => field ??= LexiconRegex.Build(@"\b(insgesamt|alles in allem|im ganzen jahr|bis ende des jahres|pro jahr|jedes jahr|seit jahresbeginn)\b", RegexOptions.CultureInvariant);

    public Regex DateListJoiner => field ??= LexiconRegex.Build(@"^[\s,:]*((und|oder|sowie)\s+)?(am\s+|im\s+)?$", RegexOptions.CultureInvariant);

    public IReadOnlyList<MeasureCue> MeasureCues { get; } =
    [
        new("spending", @"\$|\bdollar\b|\beuro\b|€|\bhaushalt\w*|\bausgegeben\b|\bhilfe\b|\bmilliarden\b"),
        new("other", @"%|\bprozent\b|\bquadratkilometer\w*|\bkm2\b"),
        new("missing", @"\bvermisst\w*|\bverschollen\w*"),
        new("wounded", @"\bverletzt\w*|\bverwundet\w*"),
        new("displaced", @"\bvertrieben\w*|\bfluchtling\w*|\bgefluchtet\w*|\bgeflohen\b|\bflohen\b|\bevakuiert\w*|\bdeportiert\w*|\bbinnenvertrieben\w*"),
        new("killed", @"\bgetotet\w*|\btotete\w*|\btote\b|\btoten\b|\btodesopfer\w*|\bums leben\b|\bstarb\w*|\bgestorben\b|\bgefallen\w*|\bopfer\b"),
        new("strength", @"\bsoldat\w*|\btruppen\b|\bmilitarangehorig\w*|\bfreiwillig\w*|\bsoldner\w*|\bfriedenstruppe\w*|\bstationiert\w*|\bstarke\b"),
    ];
}
