using Concord.Model;

namespace Concord.Tests.Languages;

/// <summary>Every Georgia 2008 sample (one per language, keyed by its code) run through the real pipeline, once.</summary>
internal static class GeorgiaSamples
{
    private static readonly AnalysedFolder Samples = new(Path.Combine(TestPaths.Samples, "georgia-2008"), 2);

    public static DocumentAnalysis Analysis(string language) => Samples.Of(language);

    /// <summary>The one event mention that overlaps <paramref name="sentence"/>, which must be in the sample.</summary>
    public static Mention EventIn(string language, string sentence) => Assert.Single(EventsIn(language, sentence));

    /// <summary>The event mentions that overlap <paramref name="sentence"/>, which must be in the sample.</summary>
    public static List<Mention> EventsIn(string language, string sentence) => Samples.MentionsIn(language, sentence, MentionKind.Event);

    /// <summary>The figure mentions that overlap <paramref name="sentence"/>.</summary>
    public static List<Mention> FiguresIn(string language, string sentence) => Samples.MentionsIn(language, sentence, MentionKind.Figure);
}
