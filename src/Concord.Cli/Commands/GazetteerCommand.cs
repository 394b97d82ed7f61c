using System.CommandLine;
using Concord.Gazetteer.Data;

namespace Concord.Cli.Commands;

/// <summary>
/// `concord gazetteer pack [--data DIR]`: writes the binary form of the GeoNames rows beside
/// cities.tsv.gz, which every later run reads instead of parsing the text file. The CLI's build runs
/// it on its output folder; a run without it (or with a stale one) parses the text file as before.
/// </summary>
public sealed class GazetteerCommand : ICliCommand
{
    public Command Build()
    {
        var data = new Option<string?>("--data") { Description = "Data folder (default: the one the program uses)" };
        var pack = new Command("pack", "Write gazetteer/cities.pack, the parsed form of gazetteer/cities.tsv.gz") { data };
        pack.SetAction(parse =>
        {
            var path = GazetteerPack.Write(parse.GetValue(data) ?? DataDirectory.Find());
            Console.WriteLine(path);
            return ExitCodes.Ok;
        });
        return new Command("gazetteer", "Maintain the gazetteer's prepared data") { pack };
    }
}
