using System.Text;
using Concord.Web.Events;
using Dapper;

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
            c.Execute("DROP TABLE IF EXISTS temp.web_search");
            c.Execute("CREATE VIRTUAL TABLE temp.web_search USING fts5(kind UNINDEXED, ref UNINDEXED, doc UNINDEXED, language UNINDEXED, body, extra, tokenize = 'unicode61 remove_diacritics 2')");
            using var tx = c.BeginTransaction();
            c.Execute(
                "INSERT INTO temp.web_search(kind, ref, doc, language, body, extra) VALUES ('event', @Ref, @Doc, @Language, @Body, @Extra)",
                events.SelectMany(e => e.Sources.Select(src => new
                {
                    Ref = e.Id,
                    src.Doc,
                    src.Language,
                    Body = src.Quote,

                    // The event's place and actors make it findable by names its quote lacks; snippets show the quote only.
                    Extra = string.Join(" ", new[] { e.Place, string.Join(" ", e.Actors) }.Where(x => !string.IsNullOrEmpty(x))),
                })),
                tx);
            foreach (var doc in s.Documents())
            {
                var text = s.DocumentText(doc.Name) ?? "";
                c.Execute(
                    "INSERT INTO temp.web_search(kind, ref, doc, language, body) VALUES ('document', @Ref, @Doc, @Language, @Body)",
                    s.Sentences(doc.Name)
                        .Where(x => x.Span.End <= text.Length && x.Span.Start < x.Span.End)
                        .Select(x => new { Ref = $"{doc.Name}#{x.Span.Start}", Doc = doc.Name, x.Language, Body = text[x.Span.Start..x.Span.End] }),
                    tx);
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

        return store.Read(s => s.Connection.Query<string>(
            "SELECT DISTINCT ref FROM temp.web_search WHERE web_search MATCH @match AND kind = 'event'", new { match }).ToHashSet(StringComparer.Ordinal));
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

    private List<SearchHit> Query(string match, string? kind, int limit) => store.Read(s => s.Connection.Query<SearchHit>(
        """
        SELECT kind AS Kind, ref AS Ref, doc AS Doc, language AS Language,
               snippet(web_search, 4, char(2), char(3), '…', 16) AS Snippet, bm25(web_search) AS Rank
        FROM temp.web_search WHERE web_search MATCH @match AND (@kind IS NULL OR kind = @kind)
        ORDER BY rank LIMIT @limit
        """,
        new { match, kind, limit }).ToList());

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
