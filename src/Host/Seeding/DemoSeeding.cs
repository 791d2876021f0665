using Kompetenzzentrum.Contracts.Modules;

namespace Kompetenzzentrum.Host.Seeding;

/// <summary>Runs the modules' demo seeders once the store is ready (registered after Marten's start-up work).</summary>
internal sealed class DemoSeeding(IEnumerable<IModuleSeeder> seeders, ILogger<DemoSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var seeder in seeders)
        {
            try
            {
                await seeder.SeedAsync(cancellationToken);
            }
            catch (Exception ex)
            {
                // Demo data is a convenience; a failing seeder must not keep the platform from starting.
                logger.LogWarning(ex, "Demo seeder {Seeder} failed", seeder.GetType().FullName);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
