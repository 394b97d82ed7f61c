using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>English triggers and cues (patterns on folded text).</summary>
public sealed class EnExtractionLexicon : IExtractionLexicon
{
    private const string Battles = "Battles";
    private const string Remote = "Explosions/Remote violence";
    private const string Civilians = "Violence against civilians";
    private const string Strategic = "Strategic developments";

    public string Language => "en";

    public IReadOnlyList<TriggerRule> Triggers { get; } =
    [
        new("en.shoot-down", @"\b(shot|shoot|shooting)(ing)? down\b|\bdowned\b", Strategic, "Disrupted weapons use"),
        new("en.air-strike", @"\b(air ?strikes?|drone strikes?|airstrikes?|bombing raids?|dropped from|ucav|bombed|(aircraft|planes?|jets?|warplanes|helicopters?|drones?) ([\w-]+ ){0,2}(struck|hit|attacked|bombed|targeted))\b", Remote, "Air/drone strike"),
        new("en.shelling", @"\b(shell(ed|ing)|artillery|missiles?|rockets?|bombard\w*)\b", Remote, "Shelling/artillery/missile attack"),
        // Places told in the passive to have been hit ("Civilian areas, including major cities, were hit").
        new("en.places-hit", @"(?<=\b(areas|cities|towns|villages|settlements|positions|neighbou?rhoods|districts)\b[\w ,-]{0,40})\b(were|was|have been|had been) (hit|struck|targeted)\b", Remote, "Shelling/artillery/missile attack"),
        new("en.landmine", @"\b(landmines?|mine explosion|ieds?|explosive devices?)\b", Remote, "Remote explosive/landmine/IED"),
        new("en.capture", @"\b(captur(ed|ing)|seiz(ed|ing)(?! of\b)|took (it|them)\b|overr(an|un)|took control|taken control|retook|recaptured|(?<!\b(the|of|in|from|to|into) )occupied|retained control|kept control)\b", Battles, "Non-state actor overtakes territory"),
        new("en.transfer", @"\b(return(ed|ing)|handed over|handover|ceded|crossed ([\w-]+ ){0,3}into)\b", Strategic, "Non-violent transfer of territory"),
        new("en.massacre", @"\b(massacres?|murder(ed)?|ethnic cleansing|executed)\b", Civilians, "Attack"),
        new("en.abduction", @"\b(abduct(ed|ion)|kidnapp(ed|ing)|taken hostage)\b", Civilians, "Abduction/forced disappearance"),
        new("en.pogrom", @"\b(pogroms?|inter-ethnic clashes|(ethnic|inter-ethnic|communal|sectarian) violence|(tensions|violence) ([\w-]+ ){0,6}(exploded|erupted|flared))\b", "Riots", "Mob violence"),
        new("en.riot", @"\b(riots?|rioting)\b", "Riots", "Violent demonstration"),
        new("en.protest", @"\b(protests?|protesters|demonstrations?|rall(y|ies)|(began|started|begun|proceeded|unfolded) ([\w-]+ ){0,4}(peaceful(ly)?|non-?violent(ly)?)( (manner|way|means))?)\b", "Protests", "Peaceful protest"),
        new("en.agreement", @"\b((?<!(violat|break|breach)\w* (of )?the )cease-?fires?(?! violation| regime)|truce|armistices?|peace (deal|agreement|treaty|talks)|protocol|agreed to|agree to|recogni[sz]e[sd]? the (authority|sovereignty) of|accepts? the proposal|to cease fire|brokered)\b", Strategic, "Agreement"),
        new("en.agreement-signed", @"\b(signed|under the agreement)\b", Strategic, "Agreement"),
        new("en.declaration", @"\b(declared|declaring|declaration|proclaimed|proclamation|martial law|recogni[sz]ed the independence)\b", Strategic, "Declaration"),
        // Members voting for or against "the" resolution tell how a vote already told went ("The
        // co-chair countries voted against the resolution"): not a vote of its own.
        new("en.vote", @"\b(referendums?|voted(?! (against|for|in favou?r of) (the|this|that|it)\b)|votes?|resolutions? \d+|adopted|passed|passing|amended by|plebiscite)\b", Strategic, "Vote or resolution"),
        new("en.deployment", @"\b(deployed|deployment|(sent|dispatch\w*|arrival of|introduc\w*|stationed|deploy\w*) ([\w-]+ ){0,3}(peacekeep\w*|troops|forces|monitors)|peacekeep(ers|ing forces?) ([\w-]+ ){0,4}(arrived|entered|took up|were stationed|began)|arrived|formed|monitoring mission|expanded its patrols|withdrew|pulled out)\b", Strategic, "Change to group/activity"),
        new("en.blockade", @"\b(blockade|blocking|blocked|expelled|expulsions?|deport(ed|ation)|closed its border|border closure|removed the powers|demanded|ultimatum|waived|decided (on|to)|sent a (letter|petition)|petitioned|(has been|was) closed)\b", Strategic, "Other"),
        new("en.arrest", @"\barrest(ed|s)\b", Strategic, "Arrests"),
        new("en.clash", @"\b(clash(es|ed)?|(?<!(mercenaries|volunteers|fighters|militants|soldiers|men) )fighting(?! for (social|justice|equality|human|civil|rights|freedom|democracy|a better|what))|firefights?|skirmish(es)?|battles?|attack(ed|s|ing)?|assault(ed|s)?|ambush(ed|es)?|hostilities|offensive|escalat(ed|ion)(?! (the |of the )?(row|tensions?|dispute|rhetoric|standoff|crisis))|engagements?|exchange of gunfire|ceasefire violations?|sniper|gunfire|launched .{0,30}activities)\b|(?<!cease[- ]?)\bfire\b", Battles, "Armed clash"),
        new("en.named-war", @"\b(first|second|third)\s+([\w-]+\s+){0,2}war\b", Battles, "Armed clash"),
        new("en.war", @"\b((?<!cold )war(?! (trophies|crimes?|criminals?|memorials?|museum|veterans?|cemetery|zone|games|effort|time|years))|conflict|operation|incidents?|victory(?! (parade|day|monument|museum|park))|border crisis)\b", Battles, "Armed clash", TriggerStrength.Weak),
        new("en.killed", @"\b(killed|died|dead|deaths?|fatalities|death toll|killing)\b", Battles, "Armed clash", TriggerStrength.Death),
    ];

    public Regex ClauseBreak => field ??= LexiconRegex.Build(@";|, while |, leading to | after (?!the (start|end)\b)|, whereby |, by which ", RegexOptions.CultureInvariant);

    public Regex ReferencePrefix => field ??= LexiconRegex.Build(@"\b(since|until|till|than|before|following|after|during|in hono(u)?r of)\s+the\s+([\w-]+\s+){0,5}$|\b(since|from)\s+(the\s+)?$|\b(argued|stated|noted|wrote|said|concluded|suggested|observed|wrote|claimed)\s+in\s+$", RegexOptions.CultureInvariant);

    public Regex PredicateJoiner => field ??= LexiconRegex.Build(@"(,|\band\b|\bas well as\b)", RegexOptions.CultureInvariant);

    public Regex OrganisationHead => field ??= LexiconRegex.Build(@"\b(union|committee|organi[sz]ation|ministry|council|association|society|foundation|institute|museum|agency|office|group|fund|center|centre|observatory|movement|party)\b", RegexOptions.CultureInvariant);

    public Regex ReportedPrefix => field ??= LexiconRegex.Build(@"\b(claims? of|accus\w* (\w+ ){0,4}of|condemn\w*|calls? (for|on)|called (for|on)|restraint during|urged|(trying|tried|attempting|attempted|ready|willing|prepared) to|rather than|instead of)\s+((the|both|all)\s+)?([\w-]+\s+){0,3}$", RegexOptions.CultureInvariant);

    public Regex CauseOfOutcome => field ??= LexiconRegex.Build(@"\b((as a (result|consequence) of|because of|due to|owing to|caused by|in the wake of|resulting from|(displaced|uprooted|driven (out|away)|forced (out|to flee)|made homeless|affected|killed|wounded|injured|destroyed|damaged|devastated|ruined|left) (\w+ ){0,2}?by) (the |this |that )?([\w-]+ ){0,2}?(fighting|war|conflict|hostilities|clash(es)?|combat|violence|battles?))\b", RegexOptions.CultureInvariant);

    public Regex WeaponInUse => field ??= LexiconRegex.Build(@"\b(using|used|with the use of|employing|employed)( [\w-]+){0,6}", RegexOptions.CultureInvariant);

    public Regex Characterisation => field ??= LexiconRegex.Build(@"\b(was|were|is|are|has been|have been) (marked|characteri[sz]ed|typified|distinguished|dominated|defined) by\b.*", RegexOptions.CultureInvariant);

    public Regex InfoboxDateLabel => field ??= LexiconRegex.Build(@"^\W*dates?\b|^\W*date(?=\d)", RegexOptions.CultureInvariant);

    public Regex ConflictInfoboxCue => field ??= LexiconRegex.Build(@"\b(belligerents|combatants|casualties and losses|commanders and leaders)\b", RegexOptions.CultureInvariant);

    public Regex OnsetAfter => field ??= LexiconRegex.Build(@"\G\s+(began|started|broke out|erupted|resumed|ended)\b", RegexOptions.CultureInvariant);

    public Regex VaguePrefix => field ??= LexiconRegex.Build(@"\b(some|several|occasional|sporadic|numerous|many|frequent|repeated)\s+([\w-]+\s+)?$", RegexOptions.CultureInvariant);

    public Regex AnaphoricPrefix => field ??= LexiconRegex.Build(@"\b(the|these|this|those|such)\s+(\d{4}\s+)?$", RegexOptions.CultureInvariant);

    public Regex DeathCue => field ??= LexiconRegex.Build(@"\b(killed|killing|died|dead|deaths?|fatalities|death toll|lost their lives|perished|lost)\b", RegexOptions.CultureInvariant);

    public Regex OtherOutcomeCue => field ??= LexiconRegex.Build(@"\b(wounded|injured|missing|arrested|captured|taken prisoner|hostages?|displaced)\b", RegexOptions.CultureInvariant);

    public Regex SingleVictim => field ??= LexiconRegex.Build(@"\b(a|an)\s+([\w-]+\s+){0,3}?(soldier|serviceman|civilian|herdsman|woman|man|boy|girl|child|peacekeeper|citizen|volunteer|officer|fighter)\b", RegexOptions.CultureInvariant);

    public Regex CivilianVictim => field ??= LexiconRegex.Build(@"\b(civilians?|herdsman|wom[ae]n|child(ren)?|grandchild|villagers|residents|citizens?|boy|girl)\b", RegexOptions.CultureInvariant);

    public Regex CombatantVictim => field ??= LexiconRegex.Build(@"\b(soldiers?|troops|servicem[ae]n|militar\w*|fighters|forces|army|combatants)\b", RegexOptions.CultureInvariant);

    public Regex IncludingCue => field ??= LexiconRegex.Build(@"(\bincluding|of whom|among them|\btoll\b.{0,40}\bto( at least| about| around)?|\brose to( at least)?|\()\s*$", RegexOptions.CultureInvariant);

    public Regex NotACountAfter => field ??= LexiconRegex.Build(@"^(\s*-?\s*(years?|days?|months?|weeks?|hours?|minutes?|nights?)\b|-year|\s*%|\s*percent|\s*per cent|\s*mm\b|\s*km|\s*square|th\b|st\b|nd\b|rd\b|/)", RegexOptions.CultureInvariant);

    public Regex TotalCue => field ??= LexiconRegex.Build(@"\b((killed|died|lost their lives|perished) (in|during) the ([\w-]+ ){0,3}(war|conflict)|in all|overall|in total|altogether|a total of|by the end of the year|during the year|per year|each year|since the start of the year)\b", RegexOptions.CultureInvariant);

    public Regex DateListJoiner => field ??= LexiconRegex.Build(@"^[\s,:]*((and|or)\s+)?(throughout\s+)?$", RegexOptions.CultureInvariant);

    public IReadOnlyList<MeasureCue> MeasureCues { get; } =
    [
        new("spending", @"\$|\bus\$|\bdollars?\b|\busd\b|\beuros?\b|€|\bbudget\b|\bspent\b|\baid\b|\bassistance\b|\bworth of\b"),
        new("other", @"%|\bpercent\b|\bper cent\b|\bsquare kilomet|\bkm2\b"),
        new("missing", @"\bmissing\b|\bwhereabouts\b"),
        new("wounded", @"\bwounded\b|\binjured\b"),
        new("displaced", @"\bdisplaced\b|\brefugees\b|\bfled\b|\bexpelled\b|\bdeported\b|\bevacuated\b|\bidps?\b"),
        new("killed", @"\bkilled\b|\bdied\b|\bdead\b|\bdeaths?\b|\bfatalities\b|\bdeath toll\b|\blost\b|\bcasualt"),
        new("strength", @"\bservicem[ae]n\b|\btroops\b|\bpersonnel\b|\bvolunteers\b|\bmercenaries\b|\bpeacekeep\w*|\bnumbered\b|\bfought\b|\bpresent\b|\bdeployed\b|\bstrength\b"),
    ];
}
