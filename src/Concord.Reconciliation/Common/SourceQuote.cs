using Concord.Model;

namespace Concord.Reconciliation.Common;

/// <summary>One statement behind a reconciled fact: the mention, its document, language and quote in the original language.</summary>
public sealed record SourceQuote(string MentionId, string Doc, string Language, TextSpan Span, string Quote, string Value)
{
    public static SourceQuote Of(Mention m, string value) => new(m.Id, m.Doc, m.Language, m.Span, m.Quote, value);
}
