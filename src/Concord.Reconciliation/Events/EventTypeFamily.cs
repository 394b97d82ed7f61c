namespace Concord.Reconciliation.Events;

/// <summary>
/// Which ACLED event types can describe the same occurrence (GUIDELINES.md "Event types"). Fighting
/// is told as battles, shelling or attacks on civilians depending on the writer, so those three
/// share a family; protests and riots share one; strategic developments differ by sub-type (an
/// agreement is never a declaration), so each sub-type is its own family.
/// </summary>
public static class EventTypeFamily
{
    public const string Violence = "violence";
    public const string Demonstrations = "demonstrations";

    public static string Of(string? eventType, string? subEventType)
    {
        var t = Normalize(eventType);
        return t switch
        {
            "battles" or "explosionsremoteviolence" or "violenceagainstcivilians" => Violence,
            "protests" or "riots" => Demonstrations,
            "strategicdevelopments" => "strategic:" + Normalize(subEventType),
            "" => "unknown",
            _ => t,
        };
    }

    /// <summary>Lower-case letters and digits only, so "Explosions/Remote violence" and "explosions remote violence" agree.</summary>
    public static string Normalize(string? s) =>
        s is null ? "" : string.Concat(s.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
