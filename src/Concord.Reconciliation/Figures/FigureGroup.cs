using System.Reflection;

namespace Concord.Reconciliation.Figures;

/// <summary>
/// Who a figure counts, reduced to comparable parts: the category (soldiers, civilians, fighters,
/// total) and the remaining words that name the side ("armenian", "azerbaijani"). The vocabulary
/// is data (Resources/group-words-english.txt) for the contract's English group field.
/// </summary>
public sealed record FigureGroup(string Category, IReadOnlySet<string> Sides, string? FirstSide = null)
{
    private static readonly Lazy<Dictionary<string, string>> Vocabulary = new(Load);

    public static FigureGroup Parse(string? group)
    {
        var words = Concord.Reconciliation.Copies.Shingles.Words(group ?? "", 0, (group ?? "").Length)
            .Select(w => group![w.Start..w.End].ToLowerInvariant())
            .Where(w => !w.All(char.IsDigit));
        string category = "";
        var sides = new SortedSet<string>(StringComparer.Ordinal);
        string? firstSide = null;
        foreach (var w in words)
        {
            if (Vocabulary.Value.TryGetValue(w, out var c))
            {
                if (c != "-" && (category.Length == 0 || category == "total"))
                {
                    category = c;
                }
            }
            else
            {
                sides.Add(w);
                firstSide ??= w;
            }
        }

        return new FigureGroup(category.Length == 0 ? "total" : category, sides, firstSide);
    }

    /// <summary>Same category, and the sides named overlap (or neither names one).</summary>
    public bool Matches(FigureGroup other)
    {
        if (Category != other.Category)
        {
            return false;
        }

        if (Sides.Count == 0 || other.Sides.Count == 0)
        {
            return Sides.Count == other.Sides.Count;
        }

        // The side named first ("Syrian fighters brought by Turkey") is whose dead they are.
        if (FirstSide == other.FirstSide)
        {
            return true;
        }

        int inter = Sides.Count(other.Sides.Contains);
        return inter * 2 >= Math.Min(Sides.Count, other.Sides.Count) && inter > 0;
    }

    public string Key => Category;

    private static Dictionary<string, string> Load()
    {
        var asm = Assembly.GetExecutingAssembly();
        var name = asm.GetManifestResourceNames().Single(n => n.EndsWith("group-words-english.txt", StringComparison.Ordinal));
        using var reader = new StreamReader(asm.GetManifestResourceStream(name)!);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is string line)
        {
            if (line.StartsWith('#') || !line.Contains('='))
            {
                continue;
            }

            var parts = line.Split('=', 2);
            map[parts[0].Trim()] = parts[1].Trim();
        }

        return map;
    }
}
