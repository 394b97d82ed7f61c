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
        var w = new BlobWriter(output, text);
        w.WriteUInt(values.Count);
        foreach (var t in values)
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
        }
    }

    public static List<TimeExpression> ReadTimes(ReadOnlySpan<byte> data, string text)
    {
        var r = new BlobReader(data, text);
        var values = new List<TimeExpression>(r.ReadUInt());
        for (int i = values.Capacity; i > 0; i--)
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            var type = (TimexType)r.ReadByte();
            var value = r.ReadString()!;
            var precision = (DatePrecision)r.ReadByte();
            var rangeStart = r.ReadString();
            var rangeEnd = r.ReadString();
            int flags = r.ReadByte();
            values.Add(new TimeExpression(span, t, type, value, precision, rangeStart, rangeEnd, (flags & 1) != 0, (flags & 2) != 0, r.ReadString()!));
        }

        return values;
    }

    public static void WriteNumbers(ArrayBufferWriter<byte> output, string text, IReadOnlyList<NumberExpression> values)
    {
        var w = new BlobWriter(output, text);
        w.WriteUInt(values.Count);
        foreach (var n in values)
        {
            w.WriteSpan(n.Span);
            w.WriteText(n.Span, n.Text);
            w.WriteDouble(n.Low);
            w.WriteDouble(n.High);
            w.WriteByte((byte)n.Qualifier);
            w.WriteString(n.Unit);
            w.WriteString(n.Counted);
            w.WriteString(n.Rule);
        }
    }

    public static List<NumberExpression> ReadNumbers(ReadOnlySpan<byte> data, string text)
    {
        var r = new BlobReader(data, text);
        var values = new List<NumberExpression>(r.ReadUInt());
        for (int i = values.Capacity; i > 0; i--)
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            double low = r.ReadDouble();
            double? high = r.ReadNullableDouble();
            var qualifier = (NumberQualifier)r.ReadByte();
            var unit = r.ReadString();
            var counted = r.ReadString();
            values.Add(new NumberExpression(span, t, low, high, qualifier, unit, counted, r.ReadString()!));
        }

        return values;
    }

    public static void WritePlaces(ArrayBufferWriter<byte> output, string text, IReadOnlyList<PlaceMatch> values)
    {
        var w = new BlobWriter(output, text);
        w.WriteUInt(values.Count);
        foreach (var p in values)
        {
            w.WriteSpan(p.Span);
            w.WriteText(p.Span, p.Text);
            w.WriteString(p.CanonicalName);
            w.WriteDouble(p.Latitude);
            w.WriteDouble(p.Longitude);
            w.WriteByte((byte)p.Precision);
            w.WriteString(p.Source);
        }
    }

    public static List<PlaceMatch> ReadPlaces(ReadOnlySpan<byte> data, string text)
    {
        var r = new BlobReader(data, text);
        var values = new List<PlaceMatch>(r.ReadUInt());
        for (int i = values.Capacity; i > 0; i--)
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            var name = r.ReadString()!;
            double? lat = r.ReadNullableDouble();
            double? lon = r.ReadNullableDouble();
            var precision = (PlacePrecision)r.ReadByte();
            values.Add(new PlaceMatch(span, t, name, lat, lon, precision, r.ReadString()!));
        }

        return values;
    }

    public static void WriteActors(ArrayBufferWriter<byte> output, string text, IReadOnlyList<ActorMatch> values)
    {
        var w = new BlobWriter(output, text);
        w.WriteUInt(values.Count);
        foreach (var a in values)
        {
            w.WriteSpan(a.Span);
            w.WriteText(a.Span, a.Text);
            w.WriteString(a.Actor);
            w.WriteString(a.Detail);
            w.WriteString(a.Source);
        }
    }

    public static List<ActorMatch> ReadActors(ReadOnlySpan<byte> data, string text)
    {
        var r = new BlobReader(data, text);
        var values = new List<ActorMatch>(r.ReadUInt());
        for (int i = values.Capacity; i > 0; i--)
        {
            var span = r.ReadSpan();
            var t = r.ReadText(span)!;
            var actor = r.ReadString()!;
            var detail = r.ReadString();
            values.Add(new ActorMatch(span, t, actor, detail, r.ReadString()!));
        }

        return values;
    }
}
