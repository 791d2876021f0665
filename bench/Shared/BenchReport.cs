namespace Kompetenzzentrum.Bench;

/// <summary>
/// One figure of a benchmark: printed as a Markdown table row, and appended to the file named by
/// <c>KZ_BENCH_ROWS</c> when the suite (bench/Kompetenzzentrum.Bench) runs this program and collects the rows.
/// </summary>
internal static class BenchReport
{
    public static void Row(string benchmark, string figure, string value)
    {
        Console.WriteLine($"| {benchmark} | {figure} | {value} |");
        if (Environment.GetEnvironmentVariable("KZ_BENCH_ROWS") is { Length: > 0 } path)
        {
            File.AppendAllText(path, $"{benchmark}\t{figure}\t{value}\n");
        }
    }
}
