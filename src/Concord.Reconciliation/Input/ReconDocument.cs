namespace Concord.Reconciliation.Input;

/// <summary>A document as reconciliation sees it: its name, language and the text all mention spans point into.</summary>
public sealed record ReconDocument(string Name, string Language, string Text);
