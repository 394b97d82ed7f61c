using System.Text;
using System.Runtime.CompilerServices;

namespace Concord.Gazetteer.Languages;

/// <summary>
/// Turns a folded word, Cyrillic or Latin, into a coarse Latin matching key, so a Russian text's
/// "Цхинвали" meets the GeoNames romanisation "Tskhinvali" and "Ереван" meets "Yerevan":
/// Cyrillic letters are romanised (BGN/PCGN-like), then the spellings that romanisations disagree
/// on are merged on both sides (y/j → i, doubled letters once, apostrophes dropped).
/// </summary>
public static class CyrillicKey
{
    /// <param name="wholeWord">False for a word's ending, whose first letter does not open a word.</param>
    public static string Of(string folded, bool wholeWord = true)
    {
        if (IsOwnKey(folded))
        {
            return folded;
        }

        Span<char> buffer = folded.Length <= MaxStackWord ? stackalloc char[MaxStackWord * MaxExpansion] : new char[folded.Length * MaxExpansion];
        return new string(buffer[..Write(folded, buffer, wholeWord)]);
    }

    /// <summary>Words up to this long have their key written on the stack.</summary>
    public const int MaxStackWord = 64;

    /// <summary>A letter's romanisation is at most this long ("щ" → "shch"): the room a key needs per character.</summary>
    public const int MaxExpansion = 4;

    /// <summary>
    /// Writes the key of <paramref name="folded"/> (as <see cref="Of"/> makes it, whether or not the
    /// word is its own key) into <paramref name="destination"/>, at least <see cref="MaxExpansion"/>
    /// characters per character; returns its length.
    /// </summary>
    public static int Write(ReadOnlySpan<char> folded, Span<char> destination, bool wholeWord = true)
    {
        var written = 0;
        char previous = '\0';
        for (int i = 0; i < folded.Length; i++)
        {
            char c = folded[i];

            // "Ереван" → Yerevan, "Екатеринбург" → Yekaterinburg: е opening a word is iotated.
            var romanised = c == 'е' && ((i == 0 && wholeWord) || (i > 0 && !char.IsLetter(folded[i - 1]))) ? "ye" : Romanise(c);
            foreach (var r in romanised is null ? new ReadOnlySpan<char>(in c) : romanised.AsSpan())
            {
                char k = r is 'y' or 'j' ? 'i' : r;
                if (k == '\'' || (k == previous && char.IsLetter(k)))
                {
                    continue;
                }

                destination[written++] = k;
                previous = k;
            }
        }

        return written;
    }

    /// <summary>
    /// A word without Cyrillic, y, j, apostrophes or a doubled letter is its own key (most Latin
    /// names), so no new string is made for it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static bool IsOwnKey(ReadOnlySpan<char> folded)
    {
        char previous = '\0';
        foreach (var c in folded)
        {
            if (c is >= '\u0400' and <= '\u04FF' or 'y' or 'j' or '\'' || (c == previous && char.IsLetter(c)))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    /// <summary>Whether the word has a Cyrillic letter.</summary>
    public static bool IsCyrillic(string word)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The romanisation of a Cyrillic letter, or null for a character kept as it is.</summary>
    private static string? Romanise(char c) => c switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' or 'ё' or 'э' or 'є' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' or 'й' or 'і' or 'ї' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' or 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        _ => null,
    };
}
