using System.Buffers;
using System.Text.RegularExpressions;

namespace Concord.Extraction.Figures;

/// <summary>
/// The unit words read right after a figure's number (in folded text): a currency (with an
/// optional multiplier before it) and a share or area. Both are anchored at the start after white
/// space, so the first other character must begin one of their alternatives: each pattern's
/// leads, kept next to it, let the caller skip it for every other character (most numbers).
/// A test reads the alternatives out of the patterns and fails if one begins with a character
/// its leads lack.
/// </summary>
public static partial class UnitPatterns
{
    [GeneratedRegex(@"^\s*(bn|billion|million|m|miljard\w*|miljon\w*|milijard\w*|milijon\w*)?\s*(\$|us\$|usd|dollars?|dolar\w*|doler\w*|eur\w*|€)")]
    public static partial Regex Currency();

    /// <summary>The first characters of <see cref="Currency"/>'s alternatives (the multiplier is optional: both groups').</summary>
    public const string CurrencyLeads = "bm$ude€";

    [GeneratedRegex(@"^\s*(%|percent|per cent|procent|square kilomet|km2|km²|kvadrat)")]
    public static partial Regex PercentOrArea();

    /// <summary>The first characters of <see cref="PercentOrArea"/>'s alternatives.</summary>
    public const string PercentOrAreaLeads = "%psk";

    /// <summary>Whether <see cref="Currency"/> matches <paramref name="after"/>, whose first non-white-space character is <paramref name="lead"/>.</summary>
    public static bool IsCurrency(char lead, ReadOnlySpan<char> after) => CurrencyLead.Contains(lead) && Currency().IsMatch(after);

    /// <summary>Whether <see cref="PercentOrArea"/> matches <paramref name="after"/>, whose first non-white-space character is <paramref name="lead"/>.</summary>
    public static bool IsPercentOrArea(char lead, ReadOnlySpan<char> after) => PercentOrAreaLead.Contains(lead) && PercentOrArea().IsMatch(after);

    private static readonly SearchValues<char> CurrencyLead = SearchValues.Create(CurrencyLeads);
    private static readonly SearchValues<char> PercentOrAreaLead = SearchValues.Create(PercentOrAreaLeads);
}
