using System.Globalization;
using System.Text.RegularExpressions;

namespace Concord.Extraction.Figures;

/// <summary>One value read from a table cell: its column, bounds and the noun it counts.</summary>
internal sealed record TableCell(int Column, double Low, double? High, string Noun, int Start, int End);

/// <summary>
/// Reads a table row that lost its cell borders when the page was flattened to text:
/// "20107 soldiers[157]18 soldiers25 soldiers[74]" is year 2010 with cells 7 / 18 / 25. A new
/// cell starts where a number follows a word or a citation directly; a comma continues the cell.
/// </summary>
internal static partial class TableRowReader
{
    public static bool TryRead(string line, out string year, out List<TableCell> cells)
    {
        year = string.Empty;
        cells = [];
        var head = RowStart().Match(line);
        if (!head.Success)
        {
            return false;
        }

        year = head.Groups["year"].Value;
        int column = 0;
        int previousEnd = head.Length;
        bool first = true;
        foreach (Match m in Item().Matches(line, head.Length))
        {
            if (m.Groups["cite"].Success)
            {
                continue;
            }

            var separator = line[previousEnd..m.Index];
            if (!first && !separator.Contains(','))
            {
                column++;
            }

            first = false;
            previousEnd = m.Index + m.Length;
            if (m.Groups["na"].Success)
            {
                continue;
            }

            double low = Parse(m.Groups["low"].Value);
            double? high = m.Groups["high"].Success ? Parse(m.Groups["high"].Value) : low;
            if (m.Groups["plus"].Success)
            {
                high = null;
            }

            cells.Add(new TableCell(column, low, high, m.Groups["noun"].Value.Trim(), m.Index, m.Index + m.Length));
        }

        return cells.Count > 0;
    }

    /// <summary>
    /// Whether a line begins as a table row does (a year run into a number): only such a line can be
    /// read by <see cref="TryRead"/>. Asked of every paragraph, on the text in place.
    /// </summary>
    public static bool MayBeRow(ReadOnlySpan<char> line)
    {
        // The year starts with 1 or 2 after white space (as the pattern's \s): most paragraphs fail here, before the regex.
        var text = line.TrimStart();
        return !text.IsEmpty && text[0] is '1' or '2' && RowStart().IsMatch(line);
    }

    /// <summary>Column names from a flattened header row ("YearArmeniaAzerbaijanTotal").</summary>
    public static List<string> HeaderColumns(string header) => [.. HeaderWord().Matches(header).Select(m => m.Value)];

    private static double Parse(string s) => double.Parse(s.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?<year>(1[89]|20)\d\d)(?=\d|N/A)")]
    private static partial Regex RowStart();

    [GeneratedRegex(@"(?<cite>\[[^\]]{0,40}\])|(?<na>N/A)|(?<low>\d{1,3}(,\d{3})+|\d+)(\s*[–-]\s*(?<high>\d{1,3}(,\d{3})+|\d+))?(?<plus>\+)?(?<noun>\s*\p{L}+)?")]
    private static partial Regex Item();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+")]
    private static partial Regex HeaderWord();
}
