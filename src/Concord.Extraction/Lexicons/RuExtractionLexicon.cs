using System.Text.RegularExpressions;

namespace Concord.Extraction.Lexicons;

/// <summary>
/// Russian triggers and cues, written on folded text (lower case, й→и, ё→е), so "обстреляли" and
/// "обстрелы", "погибли" and "гибель" meet one stem. Russian puts the verb first as often as last
/// ("погибли 170 военнослужащих"), so cues are looked for on both sides of a number.
/// </summary>
public sealed class RuExtractionLexicon : IExtractionLexicon
{
    private const string Battles = "Battles";
    private const string Remote = "Explosions/Remote violence";
    private const string Civilians = "Violence against civilians";
    private const string Strategic = "Strategic developments";

    public string Language => "ru";

    public IReadOnlyList<TriggerRule> Triggers { get; } =
    [
        new("ru.shoot-down", @"\b(сбит(ы|а|о)?\b|сбил(и|а)?\b)", Strategic, "Disrupted weapons use"),
        new("ru.air-strike", @"\b(авиаудар\w*|авианалет\w*|бомбил\w*|бомбардир\w*|бомбежк\w*|бомбардировк\w*|удар\w* с воздуха|удар\w* беспилотник\w*)", Remote, "Air/drone strike"),
        new("ru.shelling", @"\b(обстрел\w*|артиллери\w*|ракетн\w*|ракет(а|ы|ой|у)\b|миномет\w*|снаряд\w*)", Remote, "Shelling/artillery/missile attack"),
        new("ru.landmine", @"\b(подрыв\w*|подорвал\w*|взрывн\w* устройств\w*|разминир\w*|фугас\w*|противопехотн\w* мин\w*)", Remote, "Remote explosive/landmine/IED"),
        new("ru.capture", @"\b(захватил\w*|захват(а|е|ом)?\b|захвачен\w*|заняли\b|занял(а|о)?\b|оккупир\w*|под контроль|овладел\w*)", Battles, "Non-state actor overtakes territory"),
        new("ru.transfer", @"\b(передал(а|и)?\b|передан(а|ы|о)?\b|передач\w* (территори|район)\w*|возвращен\w*)", Strategic, "Non-violent transfer of territory"),
        new("ru.massacre", @"\b(резн\w*|расстрелял\w*|расстрел\b|этническ\w* чистк\w*|казнен\w*|казнил\w*|убийств\w* мирн\w*)", Civilians, "Attack"),
        new("ru.abduction", @"\b(похищ\w*|похитил\w*|взят\w* в заложники)", Civilians, "Abduction/forced disappearance"),
        new("ru.pogrom", @"\bпогром\w*", "Riots", "Mob violence"),
        new("ru.riot", @"\b(массов\w* беспорядк\w*|беспорядк\w*|бунт\w*)", "Riots", "Violent demonstration"),
        new("ru.protest", @"\b(протест\w*|демонстраци\w*|митинг\w*|манифестаци\w*)", "Protests", "Peaceful protest"),
        new("ru.agreement", @"\b(перемири\w*|прекращени\w* огня|соглашени\w*|мирн\w* договор\w*|подписал\w*|подписан\w*|согласован\w*|мирн\w* план\w*|договорились)", Strategic, "Agreement"),
        new("ru.declaration", @"\b(провозгласил\w*|провозглашени\w*|объявил\w* независимост\w*|декларац\w*|признал\w* (\w+ ){0,2}независимост\w*|признани\w* независимост\w*|военн\w* положени\w*|чрезвычайн\w* положени\w*)", Strategic, "Declaration"),
        new("ru.vote", @"\b(референдум\w*|голосовани\w*|проголосовал\w*|резолюци\w*)", Strategic, "Vote or resolution"),
        new("ru.deployment", @"\b(миротвор\w*|мисси\w* наблюдател\w*|наблюдательн\w* мисси\w*|размещен\w*|разместил\w*|развернут\w*|развернул\w*)", Strategic, "Change to group/activity"),
        new("ru.blockade", @"\b(блокад\w*|выслан\w*|депортаци\w*|депортир\w*|изгнани\w*|изгнал\w*|ультиматум\w*|закрыл\w* границ\w*)", Strategic, "Other"),
        new("ru.arrest", @"\b(арестова\w*|арест\w*|задержан\w*)", Strategic, "Arrests"),
        new("ru.clash", @"\b(бо(и|ев|ях|ями)\b|столкновени\w*|сражени\w*|перестрелк\w*|наступлени\w*|атак(а|и|у|ой|овал\w*)\b|штурм\w*|вторгл\w*|вторжени\w*|вошли в\b|ввели войска|эскалаци\w*|под огонь|открыл\w* огонь|обстрелял\w*|напал\w*|нападени\w*)", Battles, "Armed clash"),
        new("ru.war", @"\b(войн(а|ы|е|у|ои)|конфликт(а|е|у|ом)?|операци(я|и|ю|еи)|инцидент\w*)\b", Battles, "Armed clash", TriggerStrength.Weak),
        new("ru.killed", @"\b(погиб\w*|убит(ы|а|о)?\b|убил(и|а)?\b|гибел\w*|жертв(ы|а)?\b|скончал\w*)", Battles, "Armed clash", TriggerStrength.Death),
    ];

    public Regex ClauseBreak => field ??= LexiconRegex.Build(@";|, а (?=\w)|, но |, однако |, пока | — |, после того как |, в результате чего ", RegexOptions.CultureInvariant);

    public Regex ReferencePrefix => field ??= LexiconRegex.Build(@"\b(с|со|после|до|со времени|с момента)\s+$", RegexOptions.CultureInvariant);

    public Regex PredicateJoiner => field ??= LexiconRegex.Build(@"(,|\bи\b|\bа также\b)", RegexOptions.CultureInvariant);

    public Regex OrganisationHead => field ??= LexiconRegex.Build(@"\b(союз\w*|комитет\w*|организаци\w*|министерств\w*|совет\w*|ассоциаци\w*|обществ\w*|фонд\w*|институт\w*|музе\w*|агентств\w*|групп\w*|центр\w*|движени\w*|парти\w*)\b", RegexOptions.CultureInvariant);

    public Regex ReportedPrefix => field ??= LexiconRegex.Build(@"\b(обвин\w* (\w+ ){0,4}в|осуди\w*|осужда\w*|призва\w* (\w+ ){0,3}(к|прекратить)|призыва\w* (\w+ ){0,3}(к|прекратить)|заявлени\w* о)\s+(\w+\s+){0,3}$", RegexOptions.CultureInvariant);

    public Regex CauseOfOutcome => field ??= LexiconRegex.Build(@"(в результате|из-за|вследствие|по причине|в связи с)\s+(\w+\s+){0,2}?(боев|воины|воинои|конфликта|конфликтом|столкновений|столкновениями|боевых действий|боевыми действиями|насилия)", RegexOptions.CultureInvariant);

    public Regex WeaponInUse => field ??= LexiconRegex.Build(@"(с применением|с использованием|примен\w*|использ\w*)(\s+\w+){0,6}", RegexOptions.CultureInvariant);

    public Regex Characterisation => field ??= LexiconRegex.Build(@"(характеризовал\w*|ознаменовал\w*|отличал\w*)\s.*", RegexOptions.CultureInvariant);

    public Regex InfoboxDateLabel => field ??= LexiconRegex.Build(@"^\W*дата\b", RegexOptions.CultureInvariant);

    public Regex ConflictInfoboxCue => field ??= LexiconRegex.Build(@"\b(противники|стороны конфликта|потери|командующие)\b", RegexOptions.CultureInvariant);

    public Regex OnsetAfter => field ??= LexiconRegex.Build(@"\G\s+(начал\w*|вспыхнул\w*|разгорел\w*|возобновил\w*|закончил\w*|завершил\w*)\b", RegexOptions.CultureInvariant);

    public Regex VaguePrefix => field ??= LexiconRegex.Build(@"\b(некоторые|несколько|отдельные|многочисленные|редкие)\s+(\w+\s+)?$", RegexOptions.CultureInvariant);

    public Regex AnaphoricPrefix => field ??= LexiconRegex.Build(@"\b(эти|этот|эта|это|этих|этои|этого|такие|тех|те)\s+$", RegexOptions.CultureInvariant);

    public Regex DeathCue => field ??= LexiconRegex.Build(@"\b(погиб\w*|убит(ы|а|о|ых)?\b|убил(и|а)?\b|гибел\w*|жертв(ы|а)?\b|скончал\w*|погибш\w*)", RegexOptions.CultureInvariant);

    public Regex OtherOutcomeCue => field ??= LexiconRegex.Build(@"\b(ранен\w*|пропал\w* без вести|пропавш\w*|арестован\w*|задержан\w*|взят\w* в плен|пленн\w*|заложник\w*|беженц\w*|переселенц\w*)", RegexOptions.CultureInvariant);

    public Regex SingleVictim => field ??= LexiconRegex.Build(@"\b(был убит|была убита|погиб|погибла|убит|убита|застрелен|застрелена)\b(?!\s+\d)", RegexOptions.CultureInvariant);

    public Regex CivilianVictim => field ??= LexiconRegex.Build(@"\b(мирн\w* жител\w*|мирн\w* населени\w*|гражданск\w*|жител\w*|женщин\w*|дет(и|еи|ям|ьми)\b|ребен\w*|пастух\w*|сельчан\w*)", RegexOptions.CultureInvariant);

    public Regex CombatantVictim => field ??= LexiconRegex.Build(@"\b(солдат\w*|военнослужащ\w*|военн(ых|ые|ыи|ого)\b|бойц\w*|боевик\w*|войск\w*|арми(я|и|ю)\b|ополченц\w*|сил(ы|ами|ах)\b)", RegexOptions.CultureInvariant);

    public Regex IncludingCue => field ??= LexiconRegex.Build(@"(\bв том числе|\bиз них|\bсреди них|\bвключая|\bдостигло( не менее| около)?|\()\s*$", RegexOptions.CultureInvariant);

    public Regex NotACountAfter => field ??= LexiconRegex.Build(@"^(\s*-?\s*(год|лет|дн|ден|месяц|недел|час|минут|сут|ноч)\w*|-?летн\w*|\s*%|\s*процент\w*|\s*мм\b|\s*км|\s*квадрат|-?(го|и|я|е|х)\b|/)", RegexOptions.CultureInvariant);

    public Regex TotalCue => field ??= LexiconRegex.Build(@"\b(всего|в общеи сложности|за год|за весь период|ежегодно|с начала года|в целом)\b", RegexOptions.CultureInvariant);

    public Regex DateListJoiner => field ??= LexiconRegex.Build(@"^[\s,:]*((и|или|а)\s+)?$", RegexOptions.CultureInvariant);

    public IReadOnlyList<MeasureCue> MeasureCues { get; } =
    [
        new("spending", @"\$|\bдоллар\w*|\bевро\b|€|\bрубл\w*|\bбюджет\w*|\bпотрачен\w*|\bпомощ\w*"),
        new("other", @"%|\bпроцент\w*|\bквадратн\w* километр\w*|\bкм2\b"),
        new("missing", @"\bпропал\w* без вести|\bпропавш\w*"),
        new("wounded", @"\bранен\w*"),
        new("displaced", @"\bбеженц\w*|\bпереселенц\w*|\bпокинуть (свои )?дома|\bпокинули (свои )?дома|\bбежал\w*|\bвыселен\w*|\bдепортир\w*|\bэвакуир\w*|\bизгнан\w*|\bлишил\w* (крова|жиль)\w*"),
        new("killed", @"\bпогиб\w*|\bубит\w*|\bгибел\w*|\bжертв\w*|\bскончал\w*|\bпотери\b"),
        new("strength", @"\bвоеннослужащ\w*|\bвоиск\w*|\bдобровол\w*|\bнаемник\w*|\bмиротвор\w*|\bличн\w* состав\w*|\bчисленност\w*"),
    ];
}
