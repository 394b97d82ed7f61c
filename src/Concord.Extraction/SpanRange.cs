using System.Collections;
using Concord.Model;

namespace Concord.Extraction;

/// <summary>
/// The items of a start-sorted list that lie wholly inside a span, in start order. A struct with a
/// struct enumerator, so that <c>foreach</c> over it allocates nothing (the extractors ask for the
/// times and numbers inside a clause many times per sentence); LINQ still works through
/// <see cref="IEnumerable{T}"/>.
/// </summary>
internal readonly struct SpanRange<T> : IEnumerable<T>
{
    private readonly T[] items;
    private readonly TextSpan[] spans;
    private readonly int first;
    private readonly int end;

    public SpanRange(T[] items, TextSpan[] spans, TextSpan span)
    {
        this.items = items;
        this.spans = spans;
        end = span.End;
        int lo = 0, hi = spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (spans[mid].Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        first = lo;
    }

    /// <summary>Whether no item lies inside the span.</summary>
    public bool IsEmpty
    {
        get
        {
            var e = GetEnumerator();
            return !e.MoveNext();
        }
    }

    public Enumerator GetEnumerator() => new(items, spans, first, end);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[] items;
        private readonly TextSpan[] spans;
        private readonly int end;
        private int i;

        internal Enumerator(T[] items, TextSpan[] spans, int first, int end)
        {
            this.items = items;
            this.spans = spans;
            this.end = end;
            i = first - 1;
        }

        public readonly T Current => items[i];

        readonly object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++i < spans.Length && spans[i].Start < end)
            {
                if (spans[i].End <= end)
                {
                    return true;
                }
            }

            i = spans.Length;
            return false;
        }

        public void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
