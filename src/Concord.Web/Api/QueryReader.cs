using System.Globalization;
using Concord.Model;
using Microsoft.AspNetCore.Http;

namespace Concord.Web.Api;

/// <summary>Reads and checks query parameters; anything unusable throws <see cref="BadRequestException"/>.</summary>
public sealed class QueryReader(IQueryCollection query)
{
    public void AllowOnly(params string[] names)
    {
        foreach (var key in query.Keys)
        {
            if (!names.Contains(key, StringComparer.Ordinal))
            {
                throw new BadRequestException(key, $"unknown parameter (allowed: {string.Join(", ", names)})");
            }
        }
    }

    public string? Text(string name)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            throw new BadRequestException(name, "given more than once");
        }

        var v = values.Count == 0 ? null : values[0]?.Trim();
        return string.IsNullOrEmpty(v) ? null : v;
    }

    public string RequiredText(string name) => Text(name) ?? throw new BadRequestException(name, "is required");

    public int Int(string name, int fallback, int min, int max)
    {
        var v = Text(name);
        if (v is null)
        {
            return fallback;
        }

        if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            throw new BadRequestException(name, $"'{v}' is not a whole number");
        }

        if (n < min || n > max)
        {
            throw new BadRequestException(name, $"{n} is out of range ({min}–{max})");
        }

        return n;
    }

    /// <summary>A date as YYYY, YYYY-MM or YYYY-MM-DD: its first day, or its last when <paramref name="last"/>.</summary>
    public DateOnly? Date(string name, bool last)
    {
        var v = Text(name);
        if (v is null)
        {
            return null;
        }

        if (!PartialDate.TryRange(v, out var first, out var end))
        {
            throw new BadRequestException(name, $"'{v}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }

        return last ? end : first;
    }

    public string? OneOf(string name, params string[] allowed)
    {
        var v = Text(name);
        if (v is not null && !allowed.Contains(v, StringComparer.Ordinal))
        {
            throw new BadRequestException(name, $"'{v}' is not one of: {string.Join(", ", allowed)}");
        }

        return v;
    }
}
