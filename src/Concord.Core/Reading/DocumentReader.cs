using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Concord.Model;
using Concord.Normalising;
using Concord.Pipeline;
using System.Runtime.CompilerServices;

namespace Concord.Reading;

/// <summary>
/// Reads a file into a <see cref="SourceDocument"/>: checks it is a supported, non-empty, text
/// file within the size limit, decodes it strictly as UTF-8 (a BOM is dropped), extracts the plain
/// text for its format and normalises it without changing its length. Every failure is a one-line
/// message naming the file and the problem; no exception escapes.
/// </summary>
public sealed class DocumentReader : IDocumentReader
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    private readonly Dictionary<string, IFormatReader> byExtension;
    private readonly ITextNormalizer normalizer;

    public DocumentReader()
        : this(DefaultMaxBytes)
    {
    }

    public DocumentReader(long maxBytes, ITextNormalizer? normalizer = null, IEnumerable<IFormatReader>? formats = null)
    {
        MaxBytes = maxBytes;
        this.normalizer = normalizer ?? new TextNormalizer();
        // Plain loops (Add throws on a repeated extension, as ToDictionary did): Linq's SelectMany
        // over (extension, format) tuples was generic code jitted on every start.
        byExtension = new Dictionary<string, IFormatReader>(StringComparer.OrdinalIgnoreCase);
        foreach (var format in formats ?? [new PlainTextReader(), new MarkdownReader(), new HtmlReader()])
        {
            foreach (var extension in format.Extensions)
            {
                byExtension.Add(extension, format);
            }
        }
        Extensions = byExtension.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public long MaxBytes { get; }

    public IReadOnlySet<string> Extensions { get; }

    public ReadResult Read(string path)
    {
        try
        {
            return ReadChecked(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Fail(path, "cannot be read: " + ex.Message.ReplaceLineEndings(" "));
        }
    }

    // The caller names the file; the result carries only the problem.
    private static ReadResult Fail(string path, string problem) => ReadResult.Fail(problem);

    private ReadResult ReadChecked(string path)
    {
        // A folder is not an existing FileInfo: asked about only when the file is missing (one
        // file-system query per file read, not two).
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Fail(path, Directory.Exists(path) ? "is a folder, not a file" : "no such file");
        }

        if (!byExtension.TryGetValue(info.Extension, out var format))
        {
            var known = string.Join(", ", Extensions.Order(StringComparer.Ordinal));
            return Fail(path, $"unsupported file type '{(info.Extension.Length == 0 ? "(none)" : info.Extension)}' (supported: {known})");
        }

        // The size comes from the file system, so an oversized file is refused without reading it.
        if (info.Length == 0)
        {
            return Fail(path, "empty file");
        }

        if (info.Length > MaxBytes)
        {
            return Fail(path, $"file too large ({FormatSize(info.Length)}; limit {FormatSize(MaxBytes)})");
        }

        // The bytes are needed only until the text is decoded and hashed: a pooled buffer, so that
        // each document does not leave a file-sized array (on the large-object heap past 85 kB) behind.
        var (rented, length) = ReadPooled(path, info.Length);
        try
        {
            return Decode(path, format, rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The whole file in a rented buffer (grown if the file grew since its size was read).</summary>
    private static (byte[] Buffer, int Length) ReadPooled(string path, long expectedLength)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(expectedLength + 1, Array.MaxLength));
        int length = 0;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            int n;
            while ((n = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += n;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private ReadResult Decode(string path, IFormatReader format, ReadOnlySpan<byte> bytes)
    {
        var body = bytes;
        if (body.StartsWith(Encoding.UTF8.Preamble))
        {
            body = body[Encoding.UTF8.Preamble.Length..];
        }

        if (BinaryContent.Looks(body) is { } why)
        {
            return Fail(path, "binary file, not text (" + why + ")");
        }

        if (!TryDecodeUtf8(body, out var decoded, out int badOffset))
        {
            return Fail(path, $"invalid UTF-8 at byte {badOffset + (bytes.Length - body.Length)}");
        }

        string text = normalizer.Normalize(format.ExtractText(decoded));
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(path, format.Format == "html" ? "no visible text" : "empty file (only whitespace)");
        }

        var document = new SourceDocument(
            Path.GetFileName(path),
            Path.GetFullPath(path),
            format.Format,
            text,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            bytes.Length);
        return ReadResult.Ok(document);
    }

    /// <summary>UTF-8 that throws on an ill-formed sequence instead of replacing it.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text, out int badOffset)
    {
        // Valid input (the usual case) is decoded in one pass straight into the string; only
        // invalid input is decoded again to find the offset where it breaks.
        try
        {
            text = StrictUtf8.GetString(bytes);
            badOffset = -1;
            return true;
        }
        catch (DecoderFallbackException)
        {
        }

        var buffer = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            text = string.Empty;
            badOffset = read;
            return false;
        }

        text = new string(buffer, 0, written);
        badOffset = -1;
        return true;
    }

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : $"{bytes} bytes";
}
