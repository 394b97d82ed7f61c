namespace Concord.Cli.Output;

public enum OutputFormat
{
    Table,
    Json,
    Jsonl,
    Csv,
    Geojson,
}
