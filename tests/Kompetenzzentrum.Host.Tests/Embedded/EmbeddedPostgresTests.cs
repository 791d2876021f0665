using Kompetenzzentrum.Host.Embedded;
using Npgsql;

namespace Kompetenzzentrum.Host.Tests.Embedded;

public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task Given_an_empty_folder_Then_a_cluster_is_created_started_and_keeps_data_across_restarts()
    {
        var root = Path.Combine(Path.GetTempPath(), "kz-embedded-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using (var first = EmbeddedPostgres.Start(root, "kompetenzzentrum", _ => { }))
            {
                await Execute(first.ConnectionString, "create table kept(v int); insert into kept values (42)");
                first.Stop();
            }
            using var second = EmbeddedPostgres.Start(root, "kompetenzzentrum", _ => { });
            Assert.Equal(42, await Execute(second.ConnectionString, "select v from kept"));
            Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(second.ConnectionString).Host);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<object?> Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
