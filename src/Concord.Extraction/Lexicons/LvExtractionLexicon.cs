using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>Latvian triggers and cues, written on folded text (ā→a, š→s, ņ→n …), so stems match inflected forms.</summary>
public sealed class LvExtractionLexicon : IExtractionLexicon
{
    private const string Battles = "Battles";
    private const string Remote = "Explosions/Remote violence";
    private const string Civilians = "Violence against civilians";
    private const string Strategic = "Strategic developments";

    public string Language => "lv";

    public IReadOnlyList<TriggerRule> Triggers { get; } =
    [
        new("lv.shoot-down", @"\bnotrie(ca|kt|kts|kta|kti)\w*|\bsausan\w* uz\b", Strategic, "Disrupted weapons use"),
        new("lv.drone", @"\b(gaisa uzlidojum\w*|dron\w* nomest\w*|bombardej\w*|aviacijas trieciens?)", Remote, "Air/drone strike"),
        new("lv.shelling", @"\b(artilerij\w*|rake(t|s)\w*|minmetej\w*|apsaudes rezultata|lielgabal\w*|haubic\w*)", Remote, "Shelling/artillery/missile attack"),
        new("lv.explosive", @"\b(uzspridzin\w*|min(u|as) sprad\w*|minej(a|usi|usas|usi)\w*)", Remote, "Remote explosive/landmine/IED"),
        new("lv.capture", @"\b(ienem(a|ts|ta|ti|tas|usi)\w*|iekaro(j|t)\w*|sagrab\w*|parnem(a|ts|ta|ti|tas)\b|izdev(as|ies) (\w+ ){0,2}(ienemt|parnemt)\b|kontrole palika|krita (\p{Lu}|\w+a\b))", Battles, "Non-state actor overtakes territory"),
        new("lv.transfer", @"\b(nodeva|nodosan\w*|padevas)\b", Strategic, "Non-violent transfer of territory"),
        new("lv.massacre", @"\b(slepkav(ib|oj|os)\w*|aplaup\w*|dedzinasan\w*|uzbrukumi civil\w*|apsaudit begl\w*)", Civilians, "Attack"),
        new("lv.abduction", @"\b(gusta|nolaupij\w*|kilniek\w*)\b", Civilians, "Abduction/forced disappearance"),
        new("lv.pogrom", @"\b(grautin\w*|masu slepkavib\w*)", "Riots", "Mob violence"),
        new("lv.riot", @"\b(masu nekartib\w*|dumpi\w*)", "Riots", "Violent demonstration"),
        new("lv.protest", @"\b(protest(?!\w*prat\b)\w*|demonstracij\w*|mitin\w*|(aizsakas|sakas|sakusies|aizsakusies|noritej\w*) ([\w.-]+ ){0,4}(mieriga veida|mierigi|mieriga cela|bez vardarbibas))", "Protests", "Peaceful protest"),
        new("lv.agreement", @"\b(pamier\w*|uguns partraukum\w*|miera ligum\w*|parakstij\w*|parakstit\w*|vienosan\w*|militaru savienib\w*|kapitulej\w*|piekrita)", Strategic, "Agreement"),
        new("lv.declaration", @"\b(pasludin\w*|izsludin\w*|deklaracij\w*|pazinoja par neatkarib\w*|karastavokl\w*)", Strategic, "Declaration"),
        new("lv.vote", @"\b(referendum\w*|nobalsoj\w*|balsoj\w*|rezolucij\w* (nr\.?\s*)?\d+|pienem\w* (\w+ ){0,3}rezolucij\w*|pienema lemumu)", Strategic, "Vote or resolution"),
        new("lv.deployment", @"\b(ievest\w* (padomju )?karaspek\w*|ievestas\b|miera uzturetaj\w*|izvietot\w*|izveidoja\b.{0,40}\barmij\w*|izveidoja\b)", Strategic, "Change to group/activity"),
        new("lv.blockade", @"\b(blokad\w*|izspiesan\w*|deportacij\w*|izsutit\w*|begli\b|liedza|atteica\b|sabrukum\w*|gaza (\w+ ){0,2}valdib\w*|nolem\w*|\blema\b|likvidet\w*|atcela\b)", Strategic, "Other"),
        new("lv.destruction", @"\b(sagraut\w*|izlaupit\w*|izpostit\w*|nopostit\w*)", Strategic, "Looting/property destruction"),
        new("lv.talks", @"\bmiera sarun\w*", Strategic, "Other"),
        new("lv.withdrawal", @"\b(atkap(ties|ies|as|usies|ties)\b|izveda\b)", Strategic, "Non-violent transfer of territory"),
        new("lv.arrest", @"\b(apcietin\w*|arestej\w*)", Strategic, "Arrests"),
        new("lv.clash", @"\b(sadursm\w*|robezsadursm\w*|robezkonflikt\w*|kauj(a|am|u|ah|ai|as(?! (grup|spej|vienib|gatav|lidmasin|tehnik|uzdevum)))\b|cin(a|as|u|am|ai|u)\b|cinas\b|karadarbib\w*|apsaud\w*|eskalacij\w*|ofensiv\w*|uzbruk\w*|saviju\w*|atsita\b|sakava\b|aplenc\w*)", Battles, "Armed clash"),
        new("lv.war", @"\b(kar(s|a|u|am|a)|konflikt\w*(?! (zon|iemesl|risin|religisk|pus|sastavdal|dalibniek|vestur))|incident\w*|operacij\w*|aizsakas|sakas)\b", Battles, "Armed clash", TriggerStrength.Weak),
        new("lv.killed", @"\b(nogalin\w*|krit(a|usi|usie|uso|usus|usaj)\w*|bojaej\w*|naves gadijum\w*|nave[s]?\b|dzivib\w*|upur\w*|mir(a|usi|uso|usie)\b|nosav\w*)", Battles, "Armed clash", TriggerStrength.Death),
    ];

    public Regex ClauseBreak => field ??= LexiconRegex.Build(@";|, bet |, tacu |, kamer | — |, kas noveda | pec tam, kad |, kuras laika ", RegexOptions.CultureInvariant);

    public Regex ReferencePrefix => field ??= LexiconRegex.Build(@"\b(kops|pec)\s+(\d{4}\.\s+gada\s+)?$", RegexOptions.CultureInvariant);

    public Regex PredicateJoiner => field ??= LexiconRegex.Build(@"(,|\bun\b|\bka ari\b)", RegexOptions.CultureInvariant);

    public Regex OrganisationHead => field ??= LexiconRegex.Build(@"\b(savienib\w*|komitej\w*|organizacij\w*|ministrij\w*|padom\w*|biedrib\w*|fond\w*|institut\w*|muzej\w*|agentur\w*|grup\w*|partij\w*|kustib\w*)\b", RegexOptions.CultureInvariant);

    public Regex ReportedPrefix => field ??= LexiconRegex.Build(@"\b(pretenzij\w* par|apsudz\w* (\w+ ){0,4}(par|pie)|nosod\w*|aicin\w*|gatav\w*|meginaj(a|usi|usas)|nevis)\s+(\w+\s+){0,4}$", RegexOptions.CultureInvariant);

    public Regex CauseOfOutcome => field ??= LexiconRegex.Build(@"\b((kara|karadarbibas|konflikta|kauju|cinu|sadursmju|vardarbibas) (del|rezultata|seku|sekas|izraisit\w*))\b", RegexOptions.CultureInvariant);

    public Regex WeaponInUse => field ??= LexiconRegex.Build(@"\b(ar ([\w-]+ ){1,3}(pielietosan|izmantosan|lietosan)\w*|(pielietoj|pielietot|lietot|lietoj|izmantoj|izmantot)\w*( [\w-]+){0,6})", RegexOptions.CultureInvariant);

    public Regex Characterisation => field ??= LexiconRegex.Build(@"\b(iezimejas|raksturojas|raksturoja|izcelas) ar\b.*", RegexOptions.CultureInvariant);

    public Regex InfoboxDateLabel => field ??= LexiconRegex.Build(@"^\W*datums\b", RegexOptions.CultureInvariant);

    public Regex ConflictInfoboxCue => field ??= LexiconRegex.Build(@"\b(karojosas puses|zaudejumi|komandieri)\b", RegexOptions.CultureInvariant);

    public Regex OnsetAfter => field ??= LexiconRegex.Build(@"\G\s+(sakas|sacas|izcelas|uzliesmoja|atsakas|beidzas|noslegas)\b", RegexOptions.CultureInvariant);

    public Regex VaguePrefix => field ??= LexiconRegex.Build(@"\b(dazas|dazi|vairakas|vairaki|daudzas|daudzi|retas|reti|sikas|siki|daudzkartej\w*)\s+(\w+\s+)?$", RegexOptions.CultureInvariant);

    public Regex AnaphoricPrefix => field ??= LexiconRegex.Build(@"\b(sis|sie|sai|so|sajas|saja|tas|tie)\s+$", RegexOptions.CultureInvariant);

    public Regex DeathCue => field ??= LexiconRegex.Build(@"\b(nogalin\w*|krit(a|usi|usie|uso|usus|usaj)\w*|bojaej\w*|boja gaj\w*|gaj\w* boja\b|naves\b|nave\b|dzivib\w*|upur\w*|mir(a|usi|uso|usie)\w*|nosav\w*)", RegexOptions.CultureInvariant);

    public Regex OtherOutcomeCue => field ??= LexiconRegex.Build(@"\b(ievainot\w*|pazud\w*|bez vests|apcietin\w*|gusta|sagusti\w*)", RegexOptions.CultureInvariant);

    public Regex SingleVictim => field ??= LexiconRegex.Build(@"\b(tika nogalinats|tika nogalinata|nogalinats|nogalinata|nosavis|nogalinaja (\w+\s+){0,3}?\w+(ir|ei|an|at)u)\b", RegexOptions.CultureInvariant);

    public Regex CivilianVictim => field ??= LexiconRegex.Build(@"\b(civiliedzivotaj\w*|civilist\w*|iedzivotaj\w*|sieviet\w*|bern\w*|mazbern\w*|ganu|gans|puis\w*|begl\w*)", RegexOptions.CultureInvariant);

    public Regex CombatantVictim => field ??= LexiconRegex.Build(@"\b(karavir\w*|kareiv\w*|zaldat\w*|karotaj\w*|militar\w*|spek\w*|armij\w*|kaujiniek\w*|militarpersona\w*)", RegexOptions.CultureInvariant);

    public Regex IncludingCue => field ??= LexiconRegex.Build(@"(\bieskaitot|tai skaita|no kuriem|\bskait\w* (vismaz |ap )?lidz|\()\s*$", RegexOptions.CultureInvariant);

    public Regex NotACountAfter => field ??= LexiconRegex.Build(@"^(\s*(gad|dien|menes|nedel|stund|nakt|diennakt)\w*|\s*%|\s*procent\w*|\s*mm\b|\s*km|-?kartig\w*|\s*vagon\w*|\.\s*gad\w*)", RegexOptions.CultureInvariant);

    public Regex TotalCue => field ??= LexiconRegex.Build(@"\b(kopuma|pavisam|(konflikta|kara|karadarbiba) (\w+ ){0,2}(dzivib|nogalin|krit|boja)\w*|gada laika|kops gada sakuma|gada beigas|ik gadus)\b", RegexOptions.CultureInvariant);

    public Regex DateListJoiner => field ??= LexiconRegex.Build(@"^[\s,:]*((un|vai)\s+)?(visa\s+)?$", RegexOptions.CultureInvariant);

    public IReadOnlyList<MeasureCue> MeasureCues { get; } =
    [
        new("spending", @"\bdolar\w*|\beiro\b|\$|\bbudzet\w*|\bizterej\w*"),
        new("other", @"%|\bprocent\w*|\bkvadratkilometr\w*"),
        new("missing", @"\bpazud\w*|\bbez vests\b|\bzudus\w*"),
        new("wounded", @"\bievainot\w*"),
        new("displaced", @"\bbegl\w*|\baizbeg\w*|\bizspiest\w*|\bizsutit\w*|\bpadzit\w*|\bdeport\w*"),
        new("killed", @"\bnogalin\w*|\bkrit(a|usi|usie|uso|usus|usaj)\w*|\bbojaej\w*|\bnaves\b|\bdzivib\w*|\bupur\w*|\bmir(a|usi|uso|usie)\w*|\bmirus\w*"),
        new("strength", @"\bkaravir\w*|\bkareiv\w*|\bzaldat\w*|\bkaraspek\w*|\bbrivpratig\w*|\bkaujiniek\w*|\bmiera uzturetaj\w*"),
    ];
}
