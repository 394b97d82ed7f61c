namespace Concord.Web.Api;

/// <summary>A request parameter that cannot be honoured; becomes a 400 problem with this reason.</summary>
public sealed class BadRequestException(string parameter, string reason) : Exception($"{parameter}: {reason}")
{
    public string Parameter { get; } = parameter;
}
