using Npgsql;

namespace Kompetenzzentrum.Host.Persistence;

/// <summary>
/// Creates the application schema before Marten and Quartz start (registered before both). PostgreSQL 15
/// no longer lets ordinary roles create in <c>public</c>, so everything of ours lives in its own schema.
/// </summary>
internal sealed class SchemaInitializer(DatabaseSettings settings, NpgsqlDataSource dataSource) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"create schema if not exists \"{settings.Schema}\"");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
