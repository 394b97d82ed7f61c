using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Spanish triggers and cues, written on folded text (á→a, é→e, ñ→n). Past events are told in the
/// preterite ("bombardeó", "firmaron") or with "fue/fueron" + participle, so verb stems carry the
/// pattern ("bombarde\w*", "firm\w*").
/// </summary>
public sealed class EsExtractionLexicon : IExtractionLexicon
{
    private const string Battles = "Battles";
    private const string Remote = "Explosions/Remote violence";
    private const string Civilians = "Violence against civilians";
    private const string Strategic = "Strategic developments";

    public string Language => "es";

    public IReadOnlyList<TriggerRule> Triggers { get; } =
    [
        new("es.shoot-down", @"\b(derribad[oa]s?|derribo|derribaron)\b", Strategic, "Disrupted weapons use"),
        new("es.air-strike", @"\b(ataques? aereos?|bombardeos? aereos?|incursion(es)? aereas?|ataques? con drones?|(aviones|aviacion|bombarderos|helicopteros|drones) (\w+ ){0,2}(bombarde|atac|golpe)\w*)", Remote, "Air/drone strike"),
        new("es.shelling", @"\b((?<!(aviones|aviacion|bombarderos|helicopteros|drones) (\w+ ){0,2})bombarde\w*|artilleria|cohetes?|misiles?|proyectiles|obuses|morteros?)\b", Remote, "Shelling/artillery/missile attack"),
        new("es.landmine", @"\b(minas? (terrestres?|antipersona)|artefactos? explosivos?|explosion de una mina|desminado)\b", Remote, "Remote explosive/landmine/IED"),
        new("es.capture", @"\b(tomaron|tomo el control|tomaron el control|capturad[oa]s?|capturaron|captur[oó]|ocupad[oa]s?\b|ocuparon|ocupo|ocupacion|conquist\w*|recuper(o|aron) el control)\b", Battles, "Non-state actor overtakes territory"),
        new("es.transfer", @"\b(devuelt[oa]s?|devolvio|devolvieron|entregad[oa]s?|cedid[oa]s?|cedio)\b", Strategic, "Non-violent transfer of territory"),
        new("es.massacre", @"\b(masacres?|matanzas?|asesin\w*|ejecutad[oa]s?|ejecuciones|limpieza etnica)\b", Civilians, "Attack"),
        new("es.abduction", @"\b(secuestr\w*|raptad[oa]s?|tomad[oa]s? como rehenes?|desaparicion forzada)\b", Civilians, "Abduction/forced disappearance"),
        new("es.pogrom", @"\bpogromos?\b", "Riots", "Mob violence"),
        new("es.riot", @"\b(disturbios|motin\w*|revueltas?)\b", "Riots", "Violent demonstration"),
        new("es.protest", @"\b(protestas?|manifestaci\w*|manifestantes|concentraci\w*|marchas?)\b", "Protests", "Peaceful protest"),
        new("es.agreement", @"\b((?<!violacion del |violaciones del )alto el fuego|cese al fuego|tregua|armisticio|acuerdo de paz|tratado de paz|plan de paz|protocolo|acord(o|aron|ado|ada)\b|pactad[oa]|negociad[oa]|firm(o|aron|ado|ada|a)\b|suscribi\w*)", Strategic, "Agreement"),
        new("es.declaration", @"\b(declar(o|aron|ado|ada|acion)\b|proclam\w*|ley marcial|reconoci(o|eron|miento de) (oficialmente )?(la )?independencia)", Strategic, "Declaration"),
        new("es.vote", @"\b(referendums?|referendo|votacion\w*|votaron|voto\b|resolucion\w*|aprob(o|aron|ada|ado)\b|plebiscito)\b", Strategic, "Vote or resolution"),
        new("es.deployment", @"\b(despleg\w*|despliegue|mision de observacion|observadores|cascos azules|fuerzas de paz|estacionad[oa]s?|se retiraron|retirada|retiro)\b", Strategic, "Change to group/activity"),
        new("es.blockade", @"\b(bloqueo|bloque\w*|expuls\w*|deport\w*|ultimatum|cerro (su|la) frontera|cierre de la frontera)\b", Strategic, "Other"),
        new("es.arrest", @"\b(detenid[oa]s?|arrestad[oa]s?|detencion\w*|arresto\w*|detuvieron|detuvo)\b", Strategic, "Arrests"),
        new("es.clash", @"\b(enfrentamientos?|combates?|choques|escaramuzas?|batallas?|atac(o|aron|ado|ada)\b|ataques?|asaltos?|ofensiva\w*|emboscadas?|hostilidades|escalada|intercambio de disparos|disparos|entraron en|invadi\w*|invasion)\b", Battles, "Armed clash"),
        new("es.war", @"\b(guerra|conflicto|operacion|incidentes?)\b", Battles, "Armed clash", TriggerStrength.Weak),
        new("es.killed", @"\b(muert[oa]s?|murieron|murio|fallecid[oa]s?|fallecieron|matad[oa]s?|mataron|mato|matando|perdieron la vida|victimas)\b", Battles, "Armed clash", TriggerStrength.Death),
    ];

    public Regex ClauseBreak => field ??= LexiconRegex.Build(@";|, mientras |, pero | — |, lo que |, despues de que ", RegexOptions.CultureInvariant);

    public Regex ReferencePrefix => field ??= LexiconRegex.Build(@"\b(desde|hasta|antes de|despues de|durante|tras)\s+(el|la|los|las)\s+([\w-]+\s+){0,4}$|\b(desde)\s+$", RegexOptions.CultureInvariant);

    public Regex PredicateJoiner => field ??= LexiconRegex.Build(@"(,|\by\b|\basi como\b)", RegexOptions.CultureInvariant);

    // Spanish names open with their head: "Union de ...", "Comite para ...", "Consejo de Seguridad".
    public Regex OrganisationHead => field ??= LexiconRegex.Build(@"\b(union|comite|organizacion|ministerio|consejo|asociacion|sociedad|fundacion|instituto|museo|agencia|oficina|grupo|fondo|centro|observatorio|movimiento|partido)\b", RegexOptions.CultureInvariant);

    public Regex ReportedPrefix => field ??= LexiconRegex.Build(@"\b(acus\w* (\w+ ){0,4}de|conden\w*|pidi\w* (el fin de)?|exigi\w*|(intento|intentaron|dispuest[oa]s?) (de|a)|en lugar de|en vez de)\s+((el|la|los|las|todos|ambos)\s+)?([\w-]+\s+){0,3}$", RegexOptions.CultureInvariant);

    public Regex CauseOfOutcome => field ??= LexiconRegex.Build(@"\b((por|a causa de|debido a|como (consecuencia|resultado) de|a raiz de|causad[oa]s? por) (los |las |la |el |del |este |esta |estos )?([\w-]+ ){0,2}?(combates?|guerra|conflicto|hostilidades|enfrentamientos|luchas?|violencia))\b", RegexOptions.CultureInvariant);

    public Regex WeaponInUse => field ??= LexiconRegex.Build(@"\b(utilizando|usando|con el uso de|empleando|utiliz\w*|usaron|emplearon)( [\w-]+){0,6}", RegexOptions.CultureInvariant);

    public Regex Characterisation => field ??= LexiconRegex.Build(@"\b(fue|estuvo|es|fueron|estuvieron) (marcad|caracterizad|dominad)[oa]s? por\b.*", RegexOptions.CultureInvariant);

    public Regex InfoboxDateLabel => field ??= LexiconRegex.Build(@"^\W*fechas?\b", RegexOptions.CultureInvariant);

    public Regex ConflictInfoboxCue => field ??= LexiconRegex.Build(@"\b(beligerantes|comandantes|bajas|fuerzas en combate)\b", RegexOptions.CultureInvariant);

    public Regex OnsetAfter => field ??= LexiconRegex.Build(@"\G\s+(comenzo|empezo|estallo|se reanudo|termino|acabo)\b", RegexOptions.CultureInvariant);

    public Regex AnaphoricPrefix => field ??= LexiconRegex.Build(@"\b(el|la|los|las|este|esta|estos|estas|dicho|dicha|dichos|dichas)\s+$", RegexOptions.CultureInvariant);

    public Regex DeathCue => field ??= LexiconRegex.Build(@"\b(muert[oa]s?|murieron|murio|fallecid[oa]s?|fallecieron|matad[oa]s?|mataron|mato|matando|perdieron la vida|perdio la vida)\b", RegexOptions.CultureInvariant);

    public Regex OtherOutcomeCue => field ??= LexiconRegex.Build(@"\b(herid[oa]s?|desaparecid[oa]s?|detenid[oa]s?|capturad[oa]s?|prisioneros?|rehenes|desplazad[oa]s?)\b", RegexOptions.CultureInvariant);

    public Regex SingleVictim => field ??= LexiconRegex.Build(@"\b(un|una)\s+([\w-]+\s+){0,2}?(soldado|militar|civil|pastor|mujer|hombre|nino|nina|policia|habitante|voluntario|oficial|combatiente)\b", RegexOptions.CultureInvariant);

    public Regex CivilianVictim => field ??= LexiconRegex.Build(@"\b(civiles|civil|poblacion civil|habitantes?|mujer(es)?|ninos?|ninas?|aldeanos|pastor(es)?|vecinos)\b", RegexOptions.CultureInvariant);

    public Regex CombatantVictim => field ??= LexiconRegex.Build(@"\b(soldados?|militares|tropas|combatientes?|fuerzas|ejercito|milicianos?|efectivos|policias?)\b", RegexOptions.CultureInvariant);

    public Regex IncludingCue => field ??= LexiconRegex.Build(@"(\bentre ellos|\bentre ellas|\bincluidos?|\bincluidas?|\bde los cuales|\bde las cuales|\bascendio a( al menos| unos)?|\()\s*$", RegexOptions.CultureInvariant);

    public Regex NotACountAfter => field ??= LexiconRegex.Build(@"^(\s*-?\s*(anos?|dias?|mes(es)?|semanas?|horas?|minutos?|noches?)\b|\s*%|\s*por ciento\b|\s*mm\b|\s*km|\s*(º|ª|o)\b|/)", RegexOptions.CultureInvariant);

    public Regex VaguePrefix => field ??= LexiconRegex.Build(@"\b(algunos|algunas|varios|varias|esporadicos|esporadicas|numerosos|numerosas|muchos|muchas|frecuentes|repetidos|repetidas)\s+(\w+\s+)?$", RegexOptions.CultureInvariant);

    public Regex TotalCue => field ??= LexiconRegex.Build(@"\b(en total|en conjunto|durante la guerra|durante el conflicto|por ano|cada ano|desde principios de ano)\b", RegexOptions.CultureInvariant);

    public Regex DateListJoiner => field ??= LexiconRegex.Build(@"^[\s,:]*((y|e|o)\s+)?(el\s+|en\s+)?$", RegexOptions.CultureInvariant);

    public IReadOnlyList<MeasureCue> MeasureCues { get; } =
    [
        new("spending", @"\$|\bdolares\b|\beuros?\b|€|\bpresupuesto\b|\bgast\w*|\bayuda\b"),
        new("other", @"%|\bpor ciento\b|\bkilometros cuadrados\b|\bkm2\b"),
        new("missing", @"\bdesaparecid\w*"),
        new("wounded", @"\bherid\w*"),
        new("displaced", @"\bdesplazad\w*|\brefugiad\w*|\bhuyeron\b|\bexpulsad\w*|\bdeportad\w*|\bevacuad\w*"),
        new("killed", @"\bmuert[oa]s?\b|\bmurieron\b|\bmurio\b|\bfallecid\w*|\bmatad\w*|\bmataron\b|\bperdieron la vida\b|\bvictimas\b"),
        new("strength", @"\bsoldados\b|\btropas\b|\bmilitares\b|\bvoluntarios\b|\bmercenarios\b|\bdesplegad\w*|\befectivos\b"),
    ];
}
