using System.Runtime.InteropServices;

namespace Concord.Store;

/// <summary>
/// The items of a read-only list as a span, taken once before a record writer's loop: indexing
/// an <see cref="IReadOnlyList{T}"/> is an interface call per item and per <c>Count</c> (virtual
/// stub dispatch showed up in the store's profile); the lists handed to the store are arrays or
/// <see cref="List{T}"/> almost always, which are viewed in place. Any other list is copied.
/// </summary>
internal static class ListSpan
{
    public static ReadOnlySpan<T> Of<T>(IReadOnlyList<T> list)
    {
        if (list is T[] array)
        {
            return array;
        }

        if (list is List<T> growable)
        {
            return CollectionsMarshal.AsSpan(growable);
        }

        var copy = new T[list.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = list[i];
        }

        return copy;
    }
}
