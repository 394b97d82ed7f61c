using System.Security.Cryptography;
using System.Text;
using Concord.Model;
using Concord.Pipeline;

namespace Concord.Reading;

/// <summary>First cut: strict UTF-8 plain text only. Replaced by the format-aware reader (issue 2).</summary>
public sealed class DocumentReader : IDocumentReader
{
    public IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md" };

    public ReadResult Read(string path)
    {
        if (!File.Exists(path))
        {
            return ReadResult.Fail("no such file");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
        {
            return ReadResult.Fail("empty file");
        }

        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return ReadResult.Ok(new SourceDocument(Path.GetFileName(path), path, "text", text, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length));
        }
        catch (DecoderFallbackException)
        {
            return ReadResult.Fail("not valid UTF-8");
        }
    }
}
