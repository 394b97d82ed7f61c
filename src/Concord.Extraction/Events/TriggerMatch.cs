namespace Concord.Extraction.Events;

/// <summary>
/// Where a trigger rule matched in its clause's folded text (UTF-16 offsets in the clause): all the
/// planner reads of a match, kept as a value so a trigger costs no Match object.
/// </summary>
internal readonly record struct TriggerMatch(int Index, int Length);
