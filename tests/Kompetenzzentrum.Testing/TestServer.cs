using Kompetenzzentrum.Host.Embedded;
using Npgsql;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The PostgreSQL server the tests use: the one named by <c>KZ_TEST_CONNECTION</c> (CI starts it), else the
/// embedded cluster under the temp folder, started on first use. Each fixture gets its own database.
/// </summary>
public static class TestServer
{
    private static readonly Lazy<string> Admin = new(StartOrConnect, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string AdminConnectionString => Admin.Value;

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "kz_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"create database {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 40 }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop database if exists {name} with (force)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string StartOrConnect()
    {
        if (Environment.GetEnvironmentVariable("KZ_TEST_CONNECTION") is { Length: > 0 } configured)
        {
            return configured;
        }
        var root = Path.Combine(Path.GetTempPath(), "kz-test-postgres");
        // Left running for the next test run; the OS or CI tears it down.
        return EmbeddedPostgres.Start(root, "postgres", _ => { }).ConnectionString;
    }
}
