using System.Buffers;
using System.Runtime.CompilerServices;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// A document's recognitions of one kind as one binary record (<see cref="BlobWriter"/>): the
/// model record's members in declaration order, enums as one byte, a recognised text that is the
/// document's text under its span as a marker rather than a copy, names (rules, sources, values)
/// written once per record and referred to by number after that. A large ingest stores hundreds
/// of thousands of them; as JSON they were the largest part of the database and a third of the
/// time spent storing.
/// </summary>
internal static class RecognitionBlob
{
    [ThreadStatic]
    private static NameTable? names;

    /// <summary>This thread's name table (<see cref="BlobWriter.WriteName"/>), emptied for the next record.</summary>
    private static NameTable Names() => NameTable.Emptied(ref names);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static void WriteTimes(ArrayBufferWriter<byte> output, string text, IReadOnlyList<TimeExpression> values)
    {
        var w = new BlobWriter(output, text, Names());
        var items = ListSpan.Of(values);
        w.WriteUInt(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            var t = items[i];
            w.WriteSpan(t.Span);
            w.WriteText(t.Span, t.Text);
            w.WriteByte((byte)t.Type);
            w.WriteName(t.Value);
            w.WriteByte((byte)t.Precision);
            w.WriteName(t.RangeStart);
            w.WriteName(t.RangeEnd);
            w.WriteByte((byte)((t.ResolvedFromContext ? 1 : 0) | (t.NeedsDocumentDate ? 2 : 0)));
            w.WriteName(t.Rule);
        }
    }

    public static List<TimeExpression> ReadTimes(ReadOnlySpan<byte> data, string text)
    {
        var reader = new BlobReader(data, text);
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            var type = (TimexType)r.ReadByte();
            var value = r.ReadName()!;
            var precision = (DatePrecision)r.ReadByte();
            var rangeStart = r.ReadName();
            var rangeEnd = r.ReadName();
            int flags = r.ReadByte();
            return new TimeExpression(span, t, type, value, precision, rangeStart, rangeEnd, (flags & 1) != 0, (flags & 2) != 0, r.ReadName()!);
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static void WriteNumbers(ArrayBufferWriter<byte> output, string text, IReadOnlyList<NumberExpression> values)
    {
        var w = new BlobWriter(output, text, Names());
        var items = ListSpan.Of(values);
        w.WriteUInt(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            var n = items[i];
            w.WriteSpan(n.Span);
            w.WriteText(n.Span, n.Text);
            w.WriteDouble(n.Low);
            w.WriteDouble(n.High);
            w.WriteByte((byte)n.Qualifier);
            w.WriteName(n.Unit);
            w.WriteName(n.Counted);
            w.WriteName(n.Rule);
        }
    }

    public static List<NumberExpression> ReadNumbers(ReadOnlySpan<byte> data, string text)
    {
        var reader = new BlobReader(data, text);
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            double low = r.ReadDouble();
            double? high = r.ReadNullableDouble();
            var qualifier = (NumberQualifier)r.ReadByte();
            var unit = r.ReadName();
            var counted = r.ReadName();
            return new NumberExpression(span, t, low, high, qualifier, unit, counted, r.ReadName()!);
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static void WritePlaces(ArrayBufferWriter<byte> output, string text, IReadOnlyList<PlaceMatch> values)
    {
        var w = new BlobWriter(output, text, Names());
        var items = ListSpan.Of(values);
        w.WriteUInt(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            var p = items[i];
            w.WriteSpan(p.Span);
            w.WriteText(p.Span, p.Text);
            w.WriteName(p.CanonicalName);
            w.WriteDouble(p.Latitude);
            w.WriteDouble(p.Longitude);
            w.WriteByte((byte)p.Precision);
            w.WriteName(p.Source);
        }
    }

    public static List<PlaceMatch> ReadPlaces(ReadOnlySpan<byte> data, string text)
    {
        var reader = new BlobReader(data, text);
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            var name = r.ReadName()!;
            double? lat = r.ReadNullableDouble();
            double? lon = r.ReadNullableDouble();
            var precision = (PlacePrecision)r.ReadByte();
            return new PlaceMatch(span, t, name, lat, lon, precision, r.ReadName()!);
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: jitted, not ReadyToRun (see Concord.Cli.csproj)
    public static void WriteActors(ArrayBufferWriter<byte> output, string text, IReadOnlyList<ActorMatch> values)
    {
        var w = new BlobWriter(output, text, Names());
        var items = ListSpan.Of(values);
        w.WriteUInt(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            var a = items[i];
            w.WriteSpan(a.Span);
            w.WriteText(a.Span, a.Text);
            w.WriteName(a.Actor);
            w.WriteName(a.Detail);
            w.WriteName(a.Source);
        }
    }

    public static List<ActorMatch> ReadActors(ReadOnlySpan<byte> data, string text)
    {
        var reader = new BlobReader(data, text);
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            var actor = r.ReadName()!;
            var detail = r.ReadName();
            return new ActorMatch(span, t, actor, detail, r.ReadName()!);
        });
    }
}
