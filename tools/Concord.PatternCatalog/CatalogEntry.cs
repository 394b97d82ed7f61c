using System.Text.RegularExpressions;

namespace Concord.PatternCatalog;

/// <summary>One pattern a language resource builds, with the options it runs with and where it comes from.</summary>
/// <param name="Origin">Which resource built it ("dates en rule day-month-year"), for the generated file's comments and the tests.</param>
public sealed record CatalogEntry(string Pattern, RegexOptions Options, string Origin);
