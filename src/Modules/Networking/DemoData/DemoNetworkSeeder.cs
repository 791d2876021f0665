using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;

namespace Kompetenzzentrum.Modules.Networking.DemoData;

/// <summary>
/// Profiles of the demo's organisations (<see cref="DemoCast"/>), on the day each joined, and a few hand-written SMEs and
/// startups whose matches make a good first example (the bakery and the forecasting startup).
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
        foreach (var sme in Smes)
        {
            var id = Ids.New(clock);
            session.Events.StartStream<SmeProfile>(ProfileStreams.Sme(id), new SmeProfileCreated(id, sme, now));
        }
        foreach (var startup in Startups)
        {
            var id = Ids.New(clock);
            session.Events.StartStream<StartupProfile>(ProfileStreams.Startup(id), new StartupProfileCreated(id, startup, now));
        }
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

    private static readonly ContactPerson Demo = new("Demo-Kontakt", "demo@example.org", null);

    private static readonly SmeProfileDetails[] Smes =
    [
        new("Bäckerei Morgenrot (Demo)", ["ki", "daten", "nachhaltigkeit"],
            ["Wir werfen zu viel Brot weg und wollen den Bedarf besser vorhersagen."],
            "C", "BB", "14467", MaturityLevel.Einsteiger, Demo),
        new("Metallbau Havelland (Demo)", ["automatisierung", "daten", "it-sicherheit"], ["Unsere Maschinendaten bleiben ungenutzt."], "C", "BB",
            "14612", MaturityLevel.Entdecker, Demo),
        new("Spree-Logistik (Demo)", ["prozesse", "cloud", "ki"], ["Tourenplanung per Excel kostet jeden Tag Stunden."], "H", "BE", "12057",
            MaturityLevel.Gestalter, Demo),
    ];

    private static readonly StartupProfileDetails[] Startups =
    [
        new("Prognosewerk (Demo)", ["ki", "daten"], ["Python", "Zeitreihenmodelle"], ["Absatzprognosen für Filialbetriebe"],
            ["Pilot mit einer Bäckereikette"], StartupStage.Growth, ["C", "G"], "BE", "10997", Demo),
        new("Maschinenfunk (Demo)", ["automatisierung", "daten"], ["OPC UA", "Edge-Computing"], ["Maschinendaten ohne Umbau erfassen"],
            ["Drei Metallbauer in Brandenburg"], StartupStage.Seed, ["C"], "BB", "14469", Demo),
        new("Routenreich (Demo)", ["prozesse", "ki", "cloud"], ["Optimierung", "SaaS"], ["Tourenplanung für kleine Flotten"],
            ["Kurierdienst Berlin"],
            StartupStage.Established, ["H"], "BE", "10115", Demo),
        new("Schildwacht (Demo)", ["it-sicherheit", "cloud"], ["Zero Trust"], ["Sicherheits-Check für kleine Netze"], [], StartupStage.PreSeed, [],
            "SN", "01067", Demo),
    ];
}
