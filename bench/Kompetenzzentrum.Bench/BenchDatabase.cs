using Kompetenzzentrum.Host.Embedded;
using Npgsql;

namespace Kompetenzzentrum.Bench;

/// <summary>The server to measure on: KZ_BENCH_CONNECTION, else an embedded cluster under the temp folder.</summary>
internal static class BenchDatabase
{
    public static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable("KZ_BENCH_CONNECTION") is { Length: > 0 } configured
            ? configured
            : EmbeddedPostgres.Start(Path.Combine(Path.GetTempPath(), "kz-bench-postgres"), "postgres", Console.WriteLine).ConnectionString;

    public static async Task<string> CreateAsync(string admin, string name)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"drop database if exists {name} with (force)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }
        await using (var create = new NpgsqlCommand($"create database {name}", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }
}
