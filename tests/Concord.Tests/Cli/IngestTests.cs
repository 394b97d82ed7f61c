using System.Text;
using Concord.Store;
using Microsoft.Data.Sqlite;

namespace Concord.Tests.Cli;

/// <summary>Ingest end to end through the real binary: bad input, idempotence, replacement.</summary>
public sealed class IngestTests
{
    private static readonly string English = File.ReadAllText(Path.Combine(TestPaths.Samples, "en-karabakh-overview.txt"));

    [Fact]
    public void Reingesting_an_unchanged_document_changes_nothing()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), English);
        var first = CliRunner.Run(dir.Path, "ingest", "a.txt", "--db", "s.db");
        Assert.Equal(0, first.ExitCode);
        var before = Snapshot(dir.File("s.db"));

        var second = CliRunner.Run(dir.Path, "ingest", "a.txt", "--db", "s.db");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 unchanged", second.Stderr);
        Assert.Equal(before, Snapshot(dir.File("s.db")));
    }

    [Fact]
    public void A_changed_document_replaces_its_old_rows()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), English);
        CliRunner.Run(dir.Path, "ingest", "a.txt", "--db", "s.db");
        var shorter = string.Join('\n', English.Split('\n').Take(4));
        File.WriteAllText(dir.File("a.txt"), shorter);

        var r = CliRunner.Run(dir.Path, "ingest", "a.txt", "--db", "s.db");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("1 replaced", r.Stderr);
        using var store = ConcordStore.Open(dir.File("s.db"), readOnly: true);
        var doc = Assert.Single(store.Documents());
        Assert.Equal(shorter.Length, doc.Chars);
        Assert.All(store.Mentions(), m => Assert.True(m.Span.End <= shorter.Length));
    }

    [Fact]
    public void Bad_files_get_one_line_errors_naming_them_and_the_rest_is_stored()
    {
        using var dir = new TempDir();
        var docs = Directory.CreateDirectory(dir.File("docs")).FullName;
        File.WriteAllText(Path.Combine(docs, "good.txt"), English);
        File.WriteAllBytes(Path.Combine(docs, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(docs, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0xFF, 0x00, 0x10, 0x00, 0x00, 0x01]);
        File.WriteAllBytes(Path.Combine(docs, "latin1.txt"), Encoding.Latin1.GetBytes("Šuša was shelled in 1992 — naïve café"));
        File.WriteAllBytes(Path.Combine(docs, "image.png"), [0x89, 0x50, 0x4E, 0x47]);
        using (var big = new FileStream(Path.Combine(docs, "huge.txt"), FileMode.Create))
        {
            big.SetLength(200L * 1024 * 1024); // sparse: costs no disk, must be refused by size
        }

        var r = CliRunner.Run(dir.Path, "ingest", "docs", "missing-folder", "--db", "s.db");

        Assert.Equal(1, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Stderr); // no stack trace
        var errors = r.Stderr.Split('\n').Where(l => l.StartsWith("concord: ", StringComparison.Ordinal)).ToList();
        Assert.Contains(errors, l => l.Contains("empty.txt") && l.Contains("empty", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, l => l.Contains("binary.txt") && l.Contains("binary", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, l => l.Contains("latin1.txt") && l.Contains("UTF-8", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, l => l.Contains("huge.txt") && l.Contains("MB", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, l => l.Contains("missing-folder") && l.Contains("no such", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("skipped", r.Stderr);
        Assert.Contains("image.png", r.Stderr);

        using var store = ConcordStore.Open(dir.File("s.db"), readOnly: true);
        Assert.Equal(["good.txt"], store.Documents().Select(d => d.Name));
    }

    [Fact]
    public void A_store_that_is_not_a_database_is_refused_and_left_untouched()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), English);
        var junk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("not a database ", 300)));
        File.WriteAllBytes(dir.File("notes.db"), junk);

        var r = CliRunner.Run(dir.Path, "ingest", "a.txt", "--db", "notes.db");

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("concord: notes.db: not a Concord store (the file is not a SQLite database)", r.Stderr.Trim());
        Assert.Equal(junk, File.ReadAllBytes(dir.File("notes.db")));
    }

    [Fact]
    public void A_locked_store_fails_clearly_and_keeps_what_it_had()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), English);
        File.WriteAllText(dir.File("b.txt"), English.Replace("Shusha", "Shushi"));
        Assert.Equal(0, CliRunner.Run(dir.Path, "ingest", "a.txt", "--db", "s.db").ExitCode);

        SQLitePCL.Batteries_V2.Init();
        using (var holder = new SqliteConnection($"Data Source={dir.File("s.db")};Pooling=False"))
        {
            holder.Open();
            using var cmd = holder.CreateCommand();
            cmd.CommandText = "BEGIN EXCLUSIVE";
            cmd.ExecuteNonQuery();

            var r = CliRunner.Run(dir.Path, "ingest", "b.txt", "--db", "s.db");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("locked", r.Stderr);
            Assert.DoesNotContain("   at ", r.Stderr);
            cmd.CommandText = "ROLLBACK";
            cmd.ExecuteNonQuery();
        }

        using var store = ConcordStore.Open(dir.File("s.db"), readOnly: true);
        Assert.Equal(["a.txt"], store.Documents().Select(d => d.Name));
    }

    [Fact]
    public void Bad_usage_exits_2_with_a_hint()
    {
        using var dir = new TempDir();
        var r = CliRunner.Run(dir.Path, "timeline", "--from", "yesterday", "--db", "s.db");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--from", r.Stderr);
        var u = CliRunner.Run(dir.Path, "frobnicate");
        Assert.Equal(2, u.ExitCode);
    }

    private static string Snapshot(string db)
    {
        using var store = ConcordStore.Open(db, readOnly: true);
        return string.Join('\n', store.Documents().Select(d => $"{d.Name} {d.Hash} {d.IngestedAt} {d.Events} {d.Figures}"))
            + string.Join('\n', store.Mentions().Select(m => Concord.Export.MentionJson.ToLine(m)));
    }
}
