using System.Diagnostics;
using Kompetenzzentrum.Contracts.Modules;
using Marten;

namespace Kompetenzzentrum.Host.Seeding;

/// <summary>
/// Runs the modules' demo seeders once the store is ready (registered after Marten's start-up work), in their
/// <see cref="IModuleSeeder.Order"/>, and records that it did (<see cref="DemoSeeded"/>): a second start seeds nothing.
/// </summary>
internal sealed class DemoSeeding(IEnumerable<IModuleSeeder> seeders, IDocumentStore store, TimeProvider clock, ILogger<DemoSeeding> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
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
