using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Concord.Cli.Output;

/// <summary>
/// Writes a listing as a terminal table, JSON, JSON Lines or CSV. Rows are ordered dictionaries
/// so every format shows the same columns in the same order.
/// </summary>
public static class RowWriter
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static void Write(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows, OutputFormat format, string? outPath)
    {
        using var sink = Open(outPath);
        switch (format)
        {
            case OutputFormat.Table:
                WriteTable(columns, rows, sink, outPath is null);
                break;
            case OutputFormat.Csv:
                sink.WriteLine(string.Join(',', columns.Select(CsvField)));
                foreach (var row in rows)
                {
                    sink.WriteLine(string.Join(',', row.Select(v => CsvField(Plain(v)))));
                }

                break;
            case OutputFormat.Json:
                sink.Write(JsonSerializer.Serialize(rows.Select(r => ToObject(columns, r)).ToList(), IndentedJson));
                sink.WriteLine();
                break;
            case OutputFormat.Jsonl:
                foreach (var row in rows)
                {
                    sink.WriteLine(JsonSerializer.Serialize(ToObject(columns, row), Json));
                }

                break;
            default:
                throw new CliException($"format '{format.ToString().ToLowerInvariant()}' is not available for this listing");
        }
    }

    /// <summary>Standard output, or a file written whole (temp file then rename) so a failed run leaves no half file.</summary>
    private static readonly JsonSerializerOptions IndentedJson = new(Json) { WriteIndented = true };

    public static TextWriter Open(string? outPath) =>
        outPath is null ? new NonClosingWriter(Console.Out) : new AtomicFileWriter(outPath);

    /// <summary>
    /// Lets <paramref name="write"/> write UTF-8 bytes straight to <paramref name="sink"/>'s file or
    /// standard output (what the sink holds is written first), for exports that already hold UTF-8.
    /// </summary>
    public static void WriteBytes(TextWriter sink, Action<Stream> write)
    {
        sink.Flush();
        if (sink is StreamWriter file)
        {
            write(file.BaseStream);
            file.BaseStream.Flush();
            return;
        }

        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        write(stdout);
    }

    private static Dictionary<string, object?> ToObject(IReadOnlyList<string> columns, IReadOnlyList<object?> row)
    {
        var o = new Dictionary<string, object?>(columns.Count);
        for (int i = 0; i < columns.Count; i++)
        {
            o[columns[i]] = row[i];
        }

        return o;
    }

    /// <summary>RFC 4180 field: quoted when it holds a comma, quote or line break.</summary>
    public static string CsvField(string v) =>
        v.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;

    public static string Plain(object? v) => v switch
    {
        null => "",
        string s => s,
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable e => string.Join("; ", e.Cast<object?>().Select(Plain)),
        _ => v.ToString() ?? "",
    };

    private static void WriteTable(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows, TextWriter sink, bool toConsole)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(c)));
        }

        int n = 0;
        foreach (var row in rows)
        {
            table.AddRow(row.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(Plain(v))).ToArray());
            n++;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(sink),
            Ansi = toConsole && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = toConsole && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!toConsole || Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }

        console.Write(table);
        console.MarkupLine($"[grey]{n} row(s)[/]");
    }

    private sealed class NonClosingWriter(TextWriter inner) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(string? value) => inner.Write(value);

        public override void WriteLine(string? value) => inner.WriteLine(value);

        protected override void Dispose(bool disposing) => inner.Flush();
    }

    private sealed class AtomicFileWriter : StreamWriter
    {
        /// <summary>Exports are tens of megabytes: written in 64 KB pieces, not the default 4 KB system calls.</summary>
        private const int BufferSize = 1 << 16;

        private readonly string target;
        private readonly string temp;

        public AtomicFileWriter(string target)
            : base(CreateTemp(target, out var temp), new System.Text.UTF8Encoding(false), BufferSize)
        {
            this.target = target;
            this.temp = temp;
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && File.Exists(temp))
            {
                File.Move(temp, target, overwrite: true);
            }
        }

        private static FileStream CreateTemp(string target, out string temp)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(target))!;
            if (!Directory.Exists(dir))
            {
                throw new CliException($"{target}: folder does not exist");
            }

            temp = Path.Combine(dir, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
            return new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.Read, BufferSize);
        }
    }
}
