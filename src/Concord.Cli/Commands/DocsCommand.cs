using System.CommandLine;
using Concord.Cli.Output;

namespace Concord.Cli.Commands;

/// <summary>`concord docs`: stored documents with language, size and mention counts.</summary>
public sealed class DocsCommand : ICliCommand
{
    public Command Build()
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var outFile = CommonOptions.Out();
        var command = new Command("docs", "List stored documents with language, size and mention counts") { db, format, outFile };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.Open(parse.GetValue(db)!, readOnly: true);
            var rows = store.Documents().Select(d => (IReadOnlyList<object?>)
                [d.Name, d.Language, d.Format, d.ByteSize, d.Chars, d.Sentences, d.Events, d.Figures, d.IngestedAt]);
            RowWriter.Write(["name", "language", "format", "bytes", "chars", "sentences", "events", "figures", "ingested_at"], rows.ToList(), parse.GetValue(format), parse.GetValue(outFile));
            return ExitCodes.Ok;
        });
        return command;
    }
}
