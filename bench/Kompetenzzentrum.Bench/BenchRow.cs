namespace Kompetenzzentrum.Bench;

internal sealed record BenchRow(string Benchmark, string Figure, string Value);
