namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>
/// Seeds demonstration data into an empty installation. The host runs every registered seeder once the
/// store is ready, only when demo seeding is on (the embedded default database, or <c>Kompetenzzentrum:Demo=true</c>),
/// in ascending <see cref="Order"/>, and only until it has recorded that the demo was seeded: a second start does nothing.
/// A seeder should still be idempotent (check for its own data), since a start may stop half-way.
/// </summary>
public interface IModuleSeeder
{
    /// <summary>
    /// When this seeder runs relative to the others, lowest first (see <see cref="SeedOrder"/>): a seeder that
    /// books for organisations runs after the one that registers them. Seeders of one order run in load order.
    /// </summary>
    int Order => SeedOrder.Content;

    /// <summary>Writes the demo data if it is missing.</summary>
    Task SeedAsync(CancellationToken cancellationToken);
}

/// <summary>The usual values of <see cref="IModuleSeeder.Order"/>; a plugin may pick any number between them.</summary>
public static class SeedOrder
{
    /// <summary>Organisations and accounts (the <see cref="DemoCast"/> registered), before anything refers to them.</summary>
    public const int Organisations = 100;

    /// <summary>Programs, offerings, experts, media, profiles: what participants use.</summary>
    public const int Content = 200;

    /// <summary>History that needs both: bookings, attendance, completions, feedback.</summary>
    public const int History = 300;
}
