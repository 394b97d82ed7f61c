using System.Text;
using Concord.Web.Events;
using Microsoft.Data.Sqlite;

namespace Concord.Web.Search;

/// <summary>A search result: an event or a document sentence, with a marked snippet.</summary>
public sealed record SearchHit(string Kind, string Ref, string Doc, string Language, string Snippet, double Rank);

/// <summary>
/// Full-text search over event statements and document sentences with SQLite FTS5. The
/// unicode61 tokenizer with remove_diacritics 2 makes "suša" match "Šuša" and "kalnu karabachas"
/// match "Kalnu Karabachas"; longer words also match as prefixes, which catches inflected forms.
/// The index lives in the connection's temp schema, so the store file is never changed by it.
/// </summary>
public sealed class SearchIndex(StoreGate store, AliasTable aliases)
{
    /// <summary>Snippet markers around matched words; the client turns them into &lt;mark&gt;.</summary>
    public const char MarkOpen = '\u0002';
    public const char MarkClose = '\u0003';

    public void Rebuild(IEnumerable<WebEvent> events)
    {
        store.Read(s =>
        {
            var c = s.Connection;
            using (var drop = Command(c, "DROP TABLE IF EXISTS temp.web_search"))
            {
                drop.ExecuteNonQuery();
            }

            using (var create = Command(c, "CREATE VIRTUAL TABLE temp.web_search USING fts5(kind UNINDEXED, ref UNINDEXED, doc UNINDEXED, language UNINDEXED, body, extra, tokenize = 'unicode61 remove_diacritics 2')"))
            {
                create.ExecuteNonQuery();
            }

            using var tx = c.BeginTransaction();
            using var insertEvent = Command(
                c,
                "INSERT INTO temp.web_search(kind, ref, doc, language, body, extra) VALUES ('event', $ref, $doc, $language, $body, $extra)",
                "$ref",
                "$doc",
                "$language",
                "$body",
                "$extra");
            insertEvent.Transaction = tx;
            foreach (var e in events)
            {
                // The event's place and actors make it findable by names its quote lacks; snippets show the quote only.
                var extra = string.Join(" ", new[] { e.Place, string.Join(" ", e.Actors) }.Where(x => !string.IsNullOrEmpty(x)));
                foreach (var src in e.Sources)
                {
                    Run(insertEvent, e.Id, src.Doc, src.Language, src.Quote, extra);
                }
            }

            using var insertSentence = Command(
                c,
                "INSERT INTO temp.web_search(kind, ref, doc, language, body) VALUES ('document', $ref, $doc, $language, $body)",
                "$ref",
                "$doc",
                "$language",
                "$body");
            insertSentence.Transaction = tx;
            foreach (var doc in s.Documents())
            {
                var text = s.DocumentText(doc.Name) ?? "";
                foreach (var x in s.Sentences(doc.Name))
                {
                    if (x.Span.End <= text.Length && x.Span.Start < x.Span.End)
                    {
                        Run(insertSentence, $"{doc.Name}#{x.Span.Start}", doc.Name, x.Language, text[x.Span.Start..x.Span.End]);
                    }
                }
            }

            tx.Commit();
            return 0;
        });
    }

    /// <summary>Event ids whose statements match the query.</summary>
    public HashSet<string> EventIds(string query)
    {
        var match = MatchExpression(query);
        if (match is null)
        {
            return [];
        }

        return store.Read(s =>
        {
            using var command = Command(s.Connection, "SELECT DISTINCT ref FROM temp.web_search WHERE web_search MATCH $match AND kind = 'event'", "$match");
            command.Parameters[0].Value = match;
            using var reader = command.ExecuteReader();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        });
    }

    /// <summary>Hits for the words as typed first, best first; then hits found only through aliases.</summary>
    public IReadOnlyList<SearchHit> Search(string query, string? kind, int limit, int offset)
    {
        var literal = Conjunction(query);
        if (literal.Length == 0)
        {
            return [];
        }

        var hits = Query(literal, kind, offset + limit);
        var expanded = MatchExpression(query);
        if (hits.Count < offset + limit && expanded is not null && expanded != "(" + literal + ")")
        {
            var seen = hits.Select(h => h.Ref).ToHashSet(StringComparer.Ordinal);
            hits.AddRange(Query(expanded, kind, offset + limit).Where(h => !seen.Contains(h.Ref)));
        }

        return hits.Skip(offset).Take(limit).ToList();
    }

    private List<SearchHit> Query(string match, string? kind, int limit) => store.Read(s =>
    {
        using var command = Command(
            s.Connection,
            """
            SELECT kind, ref, doc, language, snippet(web_search, 4, char(2), char(3), '…', 16), bm25(web_search)
            FROM temp.web_search WHERE web_search MATCH $match AND ($kind IS NULL OR kind = $kind)
            ORDER BY rank LIMIT $limit
            """,
            "$match",
            "$kind",
            "$limit");
        command.Parameters[0].Value = match;
        command.Parameters[1].Value = (object?)kind ?? DBNull.Value;
        command.Parameters[2].Value = limit;
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(TextAt(reader, 0), TextAt(reader, 1), TextAt(reader, 2), TextAt(reader, 3), TextAt(reader, 4), reader.GetDouble(5)));
        }

        return hits;
    });

    /// <summary>A command on the store's connection with the named parameters, values set per run.</summary>
    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    /// <summary>Runs <paramref name="command"/> with its parameters set, in order, to <paramref name="values"/> (null as NULL).</summary>
    private static void Run(SqliteCommand command, params ReadOnlySpan<string?> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = (object?)values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    /// <summary>A text column; the index never stores NULL in these, but a NULL reads as null as it did before.</summary>
    private static string TextAt(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null! : reader.GetString(column);

    /// <summary>
    /// The FTS5 expression for what a person typed: every word (as a quoted prefix) must occur,
    /// or, when the phrase is a known alias, any of its other names.
    /// </summary>
    public string? MatchExpression(string query)
    {
        var alternatives = new[] { query }.Concat(aliases.Expand(query))
            .Select(Conjunction)
            .Where(x => x.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return alternatives.Count == 0 ? null : string.Join(" OR ", alternatives.Select(a => "(" + a + ")"));
    }

    /// <summary>Words of four letters or more match as prefixes (inflected forms); shorter ones exactly ("NK" is not "NKVD").</summary>
    private static string Conjunction(string phrase) =>
        string.Join(" AND ", Words(phrase).Select(w => "\"" + w + "\"" + (w.Length >= 4 ? "*" : "")));

    private static IEnumerable<string> Words(string phrase)
    {
        var word = new StringBuilder();
        foreach (var ch in phrase)
        {
            if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                word.Append(ch);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
