using Npgsql;

namespace Kompetenzzentrum.PluginTesting;

/// <summary>A database of its own for one host, on the server of an administrator connection string.</summary>
internal sealed class TestDatabase(string server, string connectionString)
{
    public string ConnectionString { get; } = connectionString;

    public static async Task<TestDatabase> CreateAsync(string server)
    {
        var name = "kz_plugin_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new TestDatabase(server, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public async Task DropAsync()
    {
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop database if exists {name} with (force)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
