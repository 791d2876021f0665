using System.Diagnostics;
using Kompetenzzentrum.Contracts.Modules;
using Marten;
using Npgsql;

namespace Kompetenzzentrum.Host.Seeding;

/// <summary>
/// Runs the modules' demo seeders once the store is ready (registered after Marten's start-up work), in their
/// <see cref="IModuleSeeder.Order"/>, and records that it did (<see cref="DemoSeeded"/>): a second start seeds nothing,
/// also when several hosts start at once.
/// </summary>
internal sealed class DemoSeeding(
    IEnumerable<IModuleSeeder> seeders, IDocumentStore store, NpgsqlDataSource database, TimeProvider clock, ILogger<DemoSeeding> logger)
    : IHostedService
{
    // Any number, the same on every host: hosts starting together on one database seed one after the other.
    private const long LockKey = 0x6B7A_6465_6D6F;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Held by this connection until it closes; the second host then finds the marker.
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("select pg_advisory_lock($1)", connection))
        {
            command.Parameters.AddWithValue(LockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var query = store.QuerySession())
        {
            if (await query.LoadAsync<DemoSeeded>(DemoSeeded.MarkerId, cancellationToken) is { } seeded)
            {
                logger.LogInformation("Demo data was seeded at {SeededAt}", seeded.SeededAt);
                return;
            }
        }
        var watch = Stopwatch.StartNew();
        var failed = false;
        // OrderBy is stable: seeders of one order keep the load order.
        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            try
            {
                await seeder.SeedAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Demo data is a convenience; a failing seeder must not keep the platform from starting.
                failed = true;
                logger.LogWarning(ex, "Demo seeder {Seeder} failed", seeder.GetType().FullName);
            }
        }
        watch.Stop();
        if (failed)
        {
            // Not marked: the next start tries again, and the seeders that did their part find their data.
            return;
        }
        await using var session = store.LightweightSession();
        session.Store(new DemoSeeded { SeededAt = clock.GetUtcNow(), Seconds = watch.Elapsed.TotalSeconds });
        await session.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data seeded in {Seconds:0.0} s", watch.Elapsed.TotalSeconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
