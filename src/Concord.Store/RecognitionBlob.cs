using System.Buffers;
using Concord.Model;

namespace Concord.Store;

/// <summary>
/// A document's recognitions of one kind as one binary record (<see cref="BlobWriter"/>): the
/// model record's members in declaration order, enums as one byte, a recognised text that is the
/// document's text under its span as a marker rather than a copy. A large ingest stores hundreds
/// of thousands of them; as JSON they were the largest part of the database and a third of the
/// time spent storing.
/// </summary>
internal static class RecognitionBlob
{
    public static void WriteTimes(ArrayBufferWriter<byte> output, string text, IReadOnlyList<TimeExpression> values)
    {
        new BlobWriter(output, text).WriteList(values, static (w, t) =>
        {
            w.WriteSpan(t.Span);
            w.WriteText(t.Span, t.Text);
            w.WriteByte((byte)t.Type);
            w.WriteString(t.Value);
            w.WriteByte((byte)t.Precision);
            w.WriteString(t.RangeStart);
            w.WriteString(t.RangeEnd);
            w.WriteByte((byte)((t.ResolvedFromContext ? 1 : 0) | (t.NeedsDocumentDate ? 2 : 0)));
            w.WriteString(t.Rule);
        });
    }

    public static List<TimeExpression> ReadTimes(ReadOnlySpan<byte> data, string text)
    {
        var reader = new BlobReader(data, text);
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            var type = (TimexType)r.ReadByte();
            var value = r.ReadString()!;
            var precision = (DatePrecision)r.ReadByte();
            var rangeStart = r.ReadString();
            var rangeEnd = r.ReadString();
            int flags = r.ReadByte();
            return new TimeExpression(span, t, type, value, precision, rangeStart, rangeEnd, (flags & 1) != 0, (flags & 2) != 0, r.ReadString()!);
        });
    }

    public static void WriteNumbers(ArrayBufferWriter<byte> output, string text, IReadOnlyList<NumberExpression> values)
    {
        new BlobWriter(output, text).WriteList(values, static (w, n) =>
        {
            w.WriteSpan(n.Span);
            w.WriteText(n.Span, n.Text);
            w.WriteDouble(n.Low);
            w.WriteDouble(n.High);
            w.WriteByte((byte)n.Qualifier);
            w.WriteString(n.Unit);
            w.WriteString(n.Counted);
            w.WriteString(n.Rule);
        });
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
            var unit = r.ReadString();
            var counted = r.ReadString();
            return new NumberExpression(span, t, low, high, qualifier, unit, counted, r.ReadString()!);
        });
    }

    public static void WritePlaces(ArrayBufferWriter<byte> output, string text, IReadOnlyList<PlaceMatch> values)
    {
        new BlobWriter(output, text).WriteList(values, static (w, p) =>
        {
            w.WriteSpan(p.Span);
            w.WriteText(p.Span, p.Text);
            w.WriteString(p.CanonicalName);
            w.WriteDouble(p.Latitude);
            w.WriteDouble(p.Longitude);
            w.WriteByte((byte)p.Precision);
            w.WriteString(p.Source);
        });
    }

    public static List<PlaceMatch> ReadPlaces(ReadOnlySpan<byte> data, string text)
    {
        var reader = new BlobReader(data, text);
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            var name = r.ReadString()!;
            double? lat = r.ReadNullableDouble();
            double? lon = r.ReadNullableDouble();
            var precision = (PlacePrecision)r.ReadByte();
            return new PlaceMatch(span, t, name, lat, lon, precision, r.ReadString()!);
        });
    }

    public static void WriteActors(ArrayBufferWriter<byte> output, string text, IReadOnlyList<ActorMatch> values)
    {
        new BlobWriter(output, text).WriteList(values, static (w, a) =>
        {
            w.WriteSpan(a.Span);
            w.WriteText(a.Span, a.Text);
            w.WriteString(a.Actor);
            w.WriteString(a.Detail);
            w.WriteString(a.Source);
        });
    }

    public static List<ActorMatch> ReadActors(ReadOnlySpan<byte> data, string text)
    {
        var reader = new BlobReader(data, text);
        return reader.ReadList(static (ref BlobReader r, int _) =>
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            var actor = r.ReadString()!;
            var detail = r.ReadString();
            return new ActorMatch(span, t, actor, detail, r.ReadString()!);
        });
    }
}
