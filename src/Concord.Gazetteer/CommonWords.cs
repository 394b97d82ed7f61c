using Concord.Gazetteer.Languages;
using Concord.Gazetteer.Matching;
using Concord.Gazetteer.Text;

namespace Concord.Gazetteer;

internal static class CommonWords
{
    /// <summary>A one-word hit that is a common word of the language ("Gan", "Divi", "May") names nothing.</summary>
    public static bool IsCommonWordOnly(string language, List<NameToken> tokens, NameHit hit) =>
        hit.TokenCount == 1 && tokens[hit.FirstToken].Form.IsCommonWordIn(GazetteerLanguages.For(language));
}
