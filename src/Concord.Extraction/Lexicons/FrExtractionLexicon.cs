using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// French triggers and cues, written on folded text (é→e, è→e, ç→c). Past events are told in the
/// passé composé ("ont bombardé", "a été signé"), so the participle is the trigger; elided
/// articles keep their apostrophe ("l'independance").
/// </summary>
public sealed class FrExtractionLexicon : IExtractionLexicon
{
    private const string Battles = "Battles";
    private const string Remote = "Explosions/Remote violence";
    private const string Civilians = "Violence against civilians";
    private const string Strategic = "Strategic developments";

    public string Language => "fr";

    public IReadOnlyList<TriggerRule> Triggers { get; } =
    [
        new("fr.shoot-down", @"\b(abattu(e|s|es)?|abattirent)\b", Strategic, "Disrupted weapons use"),
        new("fr.air-strike", @"\b(frappes? aeriennes?|raids? aeriens?|bombardements? aeriens?|frappes? de drones?|(avions?|aviation|bombardiers?|helicopteres?|drones?) (\w+ ){0,2}(ont |a )?(bombarde|frappe|attaque|vise)\w*)", Remote, "Air/drone strike"),
        new("fr.shelling", @"\b((?<!(avions?|aviation|bombardiers?|helicopteres?|drones?) (\w+ ){0,2}(ont |a )?)bombarde\w*|pilonn\w*|artillerie|tirs? d'artillerie|roquettes?|missiles?|obus)\b", Remote, "Shelling/artillery/missile attack"),
        new("fr.landmine", @"\b(mines? antipersonnel|mines? terrestres?|engins? explosifs?|explosion d'une mine|deminage)\b", Remote, "Remote explosive/landmine/IED"),
        new("fr.capture", @"\b(pris le controle|prise de|s'est empare\w*|se sont empare\w*|conquis\w*|occupe(e|s|es)?\b|occupation|repris\w*|ont pris|a pris)\b", Battles, "Non-state actor overtakes territory"),
        new("fr.transfer", @"\b(restitu\w*|remis(e|es)? a|cede(e|s|es)?\b|retrocede\w*)\b", Strategic, "Non-violent transfer of territory"),
        new("fr.massacre", @"\b(massacres?|massacre\w*|assassin\w*|execute(e|s|es)?\b|executions?|nettoyage ethnique)\b", Civilians, "Attack"),
        new("fr.abduction", @"\b(enlev\w*|kidnapp\w*|pris en otages?|disparitions? forcees?)\b", Civilians, "Abduction/forced disappearance"),
        new("fr.pogrom", @"\bpogroms?\b", "Riots", "Mob violence"),
        new("fr.riot", @"\b(emeutes?|emeutiers)\b", "Riots", "Violent demonstration"),
        new("fr.protest", @"\b(manifestations?|manifestants?|manifeste\w*|protestations?|rassemblements?)\b", "Protests", "Peaceful protest"),
        new("fr.agreement", @"\b((?<!violation du |violations du )cessez-le-feu|treve|armistice|accord de paix|traite de paix|plan de paix|protocole|accepte\w*|convenu\w*|conclu\w*|negocie\w*|signe(e|s|es)?\b|signat\w*)", Strategic, "Agreement"),
        new("fr.declaration", @"\b(declare\w*|declaration|proclame\w*|proclamation|loi martiale|(a|ont) reconnu (l['’]|officiellement l['’])?independance|reconnaissance de l['’]independance)", Strategic, "Declaration"),
        new("fr.vote", @"\b(referendum\w*|vote\w*|resolution\w*|adopte(e|s|es)?\b|plebiscite)\b", Strategic, "Vote or resolution"),
        new("fr.deployment", @"\b(deploye\w*|deploiement\w*|mission d'observation|observateurs|casques bleus|forces de maintien de la paix|stationne\w*|retire(e|s|es)?\b|retrait)\b", Strategic, "Change to group/activity"),
        new("fr.blockade", @"\b(blocus|bloque\w*|expuls\w*|deport\w*|ultimatum|ferme sa frontiere|fermeture de la frontiere)\b", Strategic, "Other"),
        new("fr.arrest", @"\b(arrete(e|s|es)?|arrestations?|interpelle\w*|detenu\w*)\b", Strategic, "Arrests"),
        new("fr.clash", @"\b(affrontements?|combats?|accrochages?|escarmouches?|batailles?|attaque\w*|assaut\w*|offensive\w*|embuscades?|hostilites|escalade|echanges? de tirs|tirs?|sont entre(e|s|es)? (en|dans)|ont penetre|envahi\w*|invasion)\b", Battles, "Armed clash"),
        new("fr.war", @"\b(guerre|conflit|operation|incidents?)\b", Battles, "Armed clash", TriggerStrength.Weak),
        new("fr.killed", @"\b(tue(e|s|es)?|tuant|morts?|mortes|deces|perdu la vie|peri\w*|victimes)\b", Battles, "Armed clash", TriggerStrength.Death),
    ];

    public Regex ClauseBreak => field ??= LexiconRegex.Build(@";|, tandis que |, alors que |, mais | — |, ce qui |, apres que ", RegexOptions.CultureInvariant);

    public Regex ReferencePrefix => field ??= LexiconRegex.Build(@"\b(depuis|jusqu'a|avant|apres|pendant|lors)\s+(le|la|les|l'|du|de la|des)\s*([\w'-]+\s+){0,4}$|\bdepuis\s+$", RegexOptions.CultureInvariant);

    public Regex PredicateJoiner => field ??= LexiconRegex.Build(@"(,|\bet\b|\bainsi que\b)", RegexOptions.CultureInvariant);

    // French names open with their head: "Union des ...", "Comite pour ...", "Conseil de securite".
    public Regex OrganisationHead => field ??= LexiconRegex.Build(@"\b(union|comite|organisation|ministere|conseil|association|societe|fondation|institut|musee|agence|office|groupe|fonds|centre|observatoire|mouvement|parti)\b", RegexOptions.CultureInvariant);

    public Regex ReportedPrefix => field ??= LexiconRegex.Build(@"\b(accus\w* (\w+ ){0,4}d['e]|condamn\w*|appel\w* (a|au)|exig\w*|(tente|essaye|pret|prets) (de|a)|plutot que|au lieu de)\s+((le|la|les|l'|tous|toutes)\s*)?([\w'-]+\s+){0,3}$", RegexOptions.CultureInvariant);

    public Regex CauseOfOutcome => field ??= LexiconRegex.Build(@"\b((par|a cause d|en raison d|du fait d|a la suite d|consecutivement a|suite a|en consequence d)(es|u|e)? ?(les |la |le |l'|ce |ces |cette )?([\w-]+ ){0,2}?(combats?|guerre|conflit|hostilites|affrontements|violences?))\b", RegexOptions.CultureInvariant);

    public Regex WeaponInUse => field ??= LexiconRegex.Build(@"\b(a l'aide d\w*|au moyen d\w*|utilisant|utilise\w*|employant)( [\w'-]+){0,6}", RegexOptions.CultureInvariant);

    public Regex Characterisation => field ??= LexiconRegex.Build(@"\b(a ete|fut|est|ont ete|furent|sont) (marque|caracterise|domine)e?s? par\b.*", RegexOptions.CultureInvariant);

    public Regex InfoboxDateLabel => field ??= LexiconRegex.Build(@"^\W*dates?\b", RegexOptions.CultureInvariant);

    public Regex ConflictInfoboxCue => field ??= LexiconRegex.Build(@"\b(belligerants|commandants|pertes|forces en presence)\b", RegexOptions.CultureInvariant);

    public Regex OnsetAfter => field ??= LexiconRegex.Build(@"\G\s+(a commence|commenca|a eclate|eclata|a repris|reprit|s'est termine|prit fin|a pris fin)\b", RegexOptions.CultureInvariant);

    public Regex AnaphoricPrefix => field ??= LexiconRegex.Build(@"\b(le|la|les|l'|ce|cet|cette|ces)\s*$", RegexOptions.CultureInvariant);

    public Regex DeathCue => field ??= LexiconRegex.Build(@"\b(tue(e|s|es)?|tuant|morts?|mortes|deces|perdu la vie|peri(e|s|es|rent)?|trouve la mort)\b", RegexOptions.CultureInvariant);

    public Regex OtherOutcomeCue => field ??= LexiconRegex.Build(@"\b(blesse(e|s|es)?|disparu(e|s|es)?|arrete(e|s|es)?|captur\w*|prisonniers?|otages?|deplace(e|s|es)?)\b", RegexOptions.CultureInvariant);

    public Regex SingleVictim => field ??= LexiconRegex.Build(@"\b(un|une)\s+([\w'-]+\s+){0,2}?(soldat|militaire|civil|civile|berger|femme|homme|garcon|fille|enfant|policier|habitant|volontaire|officier|combattant)\b", RegexOptions.CultureInvariant);

    public Regex CivilianVictim => field ??= LexiconRegex.Build(@"\b(civils?|civiles?|population civile|habitants?|femmes?|enfants?|villageois|bergers?|residents?)\b", RegexOptions.CultureInvariant);

    public Regex CombatantVictim => field ??= LexiconRegex.Build(@"\b(soldats?|militaires?|troupes|combattants?|forces|armee|miliciens?|policiers?)\b", RegexOptions.CultureInvariant);

    public Regex IncludingCue => field ??= LexiconRegex.Build(@"(\bdont|\bparmi eux|\bparmi lesquels|\by compris|\bpasse a( au moins| environ)?|\()\s*$", RegexOptions.CultureInvariant);

    public Regex NotACountAfter => field ??= LexiconRegex.Build(@"^(\s*-?\s*(ans?|annees?|jours?|mois|semaines?|heures?|minutes?|nuits?)\b|\s*%|\s*pour cent\b|\s*mm\b|\s*km|\s*(e|eme|er)\b|/)", RegexOptions.CultureInvariant);

    public Regex VaguePrefix => field ??= LexiconRegex.Build(@"\b(quelques|plusieurs|sporadiques|nombreux|nombreuses|frequents|frequentes|repetes|repetees|divers|diverses)\s+(\w+\s+)?$", RegexOptions.CultureInvariant);

    public Regex TotalCue => field ??= LexiconRegex.Build(@"\b(au total|en tout|au cours de la guerre|pendant la guerre|pendant le conflit|par an|chaque annee|depuis le debut de l'annee)\b", RegexOptions.CultureInvariant);

    public Regex DateListJoiner => field ??= LexiconRegex.Build(@"^[\s,:]*((et|ou)\s+)?(le\s+|en\s+)?$", RegexOptions.CultureInvariant);

    public IReadOnlyList<MeasureCue> MeasureCues { get; } =
    [
        new("spending", @"\$|\bdollars?\b|\beuros?\b|€|\bbudget\b|\bdepense\w*|\baide\b"),
        new("other", @"%|\bpour cent\b|\bkilometres? carres\b|\bkm2\b"),
        new("missing", @"\bdisparu\w*"),
        new("wounded", @"\bblesse\w*"),
        new("displaced", @"\bdeplace\w*|\brefugie\w*|\bont fui\b|\bfui\w*|\bexpuls\w*|\bdeporte\w*|\bevacue\w*"),
        new("killed", @"\btue(e|s|es)?\b|\bmorts?\b|\bdeces\b|\bperdu la vie\b|\bperi\w*|\bvictimes\b"),
        new("strength", @"\bsoldats\b|\btroupes\b|\bmilitaires\b|\bvolontaires\b|\bmercenaires\b|\bdeploye\w*|\beffectifs?\b"),
    ];
}
