using Concord.Store;

namespace Concord.Cli;

/// <summary>Opens the store for a command, turning store problems into one-line CLI errors.</summary>
public static class StoreAccess
{
    public static ConcordStore Open(string path, bool readOnly = false)
    {
        try
        {
            return ConcordStore.Open(path, readOnly);
        }
        catch (StoreException ex)
        {
            throw new CliException(ex.Message, ExitCodes.SomeInputsFailed);
        }
    }

    public static DateOnly? ParseDate(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }

        if (Concord.Model.PartialDate.TryRange(value, out var first, out _))
        {
            return first;
        }

        throw new CliException($"{option}: '{value}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }
}
