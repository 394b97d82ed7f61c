using System.Text.RegularExpressions;
using Concord.Extraction.Figures;

namespace Concord.Tests.Extraction;

/// <summary>
/// The figure extractor tries the unit patterns only after a character their alternatives can
/// begin with: these tests read every alternative out of the patterns themselves, so a new
/// alternative whose first character the leads lack fails here instead of being skipped silently.
/// </summary>
public sealed class UnitPatternLeadTests
{
    public static TheoryData<string> CurrencyAlternatives => [.. Alternatives(UnitPatterns.Currency())];

    public static TheoryData<string> PercentOrAreaAlternatives => [.. Alternatives(UnitPatterns.PercentOrArea())];

    [Theory]
    [MemberData(nameof(CurrencyAlternatives))]
    public void EveryCurrencyAlternativeBeginsWithALead(string alternative) =>
        Assert.Contains(First(alternative), UnitPatterns.CurrencyLeads);

    [Theory]
    [MemberData(nameof(PercentOrAreaAlternatives))]
    public void EveryPercentOrAreaAlternativeBeginsWithALead(string alternative) =>
        Assert.Contains(First(alternative), UnitPatterns.PercentOrAreaLeads);

    [Fact]
    public void LeadsAreExactlyTheAlternativesFirstCharacters()
    {
        // No lead without an alternative either: a stale lead would only cost time, but it shows the list drifted.
        Assert.Equal(Firsts(UnitPatterns.Currency()), UnitPatterns.CurrencyLeads.Order());
        Assert.Equal(Firsts(UnitPatterns.PercentOrArea()), UnitPatterns.PercentOrAreaLeads.Order());
    }

    [Theory]
    [InlineData(" million in U.S. security assistance", false)] // unfolded: the patterns read folded text
    [InlineData(" million us$ in aid", true)]
    [InlineData("  $ of aid", true)]
    [InlineData(" eur to the fund", true)]
    [InlineData(" men were killed", false)]
    [InlineData(" soldiers", false)]
    public void GatedCurrencyAnswersAsThePattern(string after, bool expected)
    {
        char lead = after.TrimStart()[0];
        Assert.Equal(expected, UnitPatterns.IsCurrency(lead, after));
        Assert.Equal(UnitPatterns.Currency().IsMatch(after), UnitPatterns.IsCurrency(lead, after));
    }

    [Theory]
    [InlineData(" per cent of the vote", true)]
    [InlineData(" % of the territory", true)]
    [InlineData(" square kilometres", true)]
    [InlineData(" km² of land", true)]
    [InlineData(" people fled", false)]
    public void GatedPercentOrAreaAnswersAsThePattern(string after, bool expected)
    {
        char lead = after.TrimStart()[0];
        Assert.Equal(expected, UnitPatterns.IsPercentOrArea(lead, after));
        Assert.Equal(UnitPatterns.PercentOrArea().IsMatch(after), UnitPatterns.IsPercentOrArea(lead, after));
    }

    private static IEnumerable<char> Firsts(Regex pattern) => Alternatives(pattern).Select(First).Distinct().Order();

    /// <summary>The character an alternative's text begins with ("\$" → '$').</summary>
    private static char First(string alternative) => alternative[0] == '\\' ? alternative[1] : alternative[0];

    /// <summary>The alternatives of every group of the pattern, as written in it.</summary>
    private static List<string> Alternatives(Regex pattern)
    {
        var alternatives = new List<string>();
        foreach (Match group in Regex.Matches(pattern.ToString(), @"\(([^()]*)\)"))
        {
            foreach (var alternative in group.Groups[1].Value.Split('|'))
            {
                alternatives.Add(alternative);
            }
        }

        Assert.NotEmpty(alternatives);
        return alternatives;
    }
}
