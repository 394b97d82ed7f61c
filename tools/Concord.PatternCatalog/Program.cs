using Concord.PatternCatalog;

// Usage: Concord.PatternCatalog OUTPUT.cs [--list]
// Writes the generated-regex source for every catalogued pattern; --list prints the catalog instead
// (length, options, origin per pattern) to see what would be generated.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Concord.PatternCatalog OUTPUT.cs | --list");
    return 2;
}

var entries = PatternCatalog.All();
if (args[0] == "--list")
{
    foreach (var e in entries)
    {
        Console.WriteLine($"{e.Pattern.Length}\t{e.Options}\t{e.Origin}");
    }

    return 0;
}

var source = GeneratedSource.For(
    entries,
    PatternCatalog.DateFirstTokens(),
    Concord.Temporal.Engine.FirstTokens.CodeFingerprint,
    PatternCatalog.LexiconRequiredLiterals(),
    Concord.Extraction.Lexicons.RequiredLiterals.CodeFingerprint,
    "Concord.PrecompiledPatterns",
    "PrecompiledPatternTable");
var output = Path.GetFullPath(args[0]);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);

// Rewritten only when it changed, so the generated project is not recompiled for nothing.
if (!File.Exists(output) || File.ReadAllText(output) != source)
{
    File.WriteAllText(output, source);
}

return 0;
