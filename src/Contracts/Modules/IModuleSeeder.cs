namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>
/// Seeds demonstration data into an empty installation. The host runs every registered seeder once the
/// store is ready, only when demo seeding is on (the embedded default database turns it on). A seeder must
/// be idempotent: it checks for its own data and does nothing if it is there.
/// </summary>
public interface IModuleSeeder
{
    /// <summary>Writes the demo data if it is missing.</summary>
    Task SeedAsync(CancellationToken cancellationToken);
}
