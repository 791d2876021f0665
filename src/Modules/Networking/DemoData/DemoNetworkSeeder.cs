using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;

namespace Kompetenzzentrum.Modules.Networking.DemoData;

/// <summary>
/// Profiles of the demo's organisations (<see cref="DemoCast"/>), each from the day after it joined, so that staff and
/// SMEs see explained proposals at once. (The three SMEs and four startups this seeder wrote before the living demo
/// belonged to no registered organisation; the cast replaces them.)
/// </summary>
internal sealed class DemoNetworkSeeder(IDocumentStore store, TimeProvider clock) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.Query<SmeProfile>().AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        foreach (var sme in DemoCast.Smes)
        {
            session.Events.StartStream<SmeProfile>(ProfileStreams.Sme(sme.Id), new SmeProfileCreated(sme.Id, DemoCastProfiles.Sme(sme),
                now.AddDays(-sme.JoinedAt + 1)));
        }
        foreach (var (startup, index) in DemoCast.Startups.Select((s, i) => (s, i)))
        {
            session.Events.StartStream<StartupProfile>(ProfileStreams.Startup(startup.Id), new StartupProfileCreated(startup.Id,
                DemoCastProfiles.Startup(startup, index), now.AddDays(-startup.JoinedAt + 1)));
        }
        await session.SaveChangesAsync(cancellationToken);
    }
}
