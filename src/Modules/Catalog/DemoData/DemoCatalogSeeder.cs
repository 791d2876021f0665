using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Packages;
using Kompetenzzentrum.Modules.Catalog.Programs;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.DemoData;

/// <summary>
/// Three programs with KPI targets, six published offerings of every offering type (plugins' types included) and two
/// curated packages. Sessions and bookings follow in <see cref="DemoCatalogHistory"/>, once organisations exist.
/// </summary>
internal sealed class DemoCatalogSeeder(IDocumentStore store, IEnumerable<OfferingTypeDefinition> types, TimeProvider clock) : IModuleSeeder
{
    public int Order => SeedOrder.Content;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.Query<ProgramSummary>().AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var random = new Random(200);
        var year = now.Year;
        Guid[] programs =
        [
            Ids.Derived("demo-program", Guid.Empty), Ids.Derived("demo-program-ki", Guid.Empty), Ids.Derived("demo-program-next", Guid.Empty),
        ];
        session.Events.StartStream(programs[0], new ProgramCreated(programs[0], $"Mittelstand-Digital Zentrum Lausitz {year - 1}",
            new DateOnly(year - 1, 1, 1), new DateOnly(year - 1, 12, 31), "Team Transfer", new KpiTargets(140, 600, 85)));
        session.Events.StartStream(programs[1], new ProgramCreated(programs[1], $"KI-Transfer Brandenburg {year - 1}–{year + 1}",
            new DateOnly(year - 1, 7, 1), new DateOnly(year + 1, 6, 30), "Team KI", new KpiTargets(90, 300, 80)));
        session.Events.StartStream(programs[2], new ProgramCreated(programs[2], $"Mittelstand-Digital Zentrum Lausitz {year}",
            new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), "Team Transfer", new KpiTargets(160, 700, 85)));

        var offerings = DemoOfferings.For(types.Select(t => t.Key), random);
        var published = new List<Guid>();
        foreach (var (offering, index) in offerings.Select((o, i) => (o, i)))
        {
            var id = Ids.Derived("demo-offering", new Guid(index, 0, 0, new byte[8]));
            var programId = offering.Topics.Contains("ki") ? programs[1] : programs[index % 2 == 0 ? 0 : 2];
            // Published when the history begins, so bookings of the whole history find them bookable.
            var at = now.AddDays(-DemoCast.HistoryDays - 10);
            session.Events.StartStream(id,
                new OfferingDrafted(id, programId, offering.Type, new OfferingDetails(
                    offering.Title, offering.Description, offering.Topics, offering.From, offering.To, offering.Format, offering.Place,
                    offering.Format == OfferingFormats.OnSite ? null : "https://example.org/kompetenzzentrum", "de", CancellationDeadlineHours: 24)),
                new OfferingPublished(id, offering.Type, offering.Topics, offering.From, offering.To, at, programId));
            published.Add(id);
        }
        var byType = offerings.Select((o, i) => (o.Type, Id: published[i])).ToLookup(o => o.Type, o => o.Id);
        var start = Ids.Derived("demo-package-start", Guid.Empty);
        session.Events.StartStream<CuratedPackage>(start, new PackageCurated(start, new("Digital starten", "Getting started digitally"),
            [.. new[] { "video", "podcast-episode", "consultation", "experience-tour" }.Where(byType.Contains).Select(t => byType[t].First())],
            now.AddDays(-200)));
        var ki = Ids.Derived("demo-package-ki", Guid.Empty);
        session.Events.StartStream<CuratedPackage>(ki, new PackageCurated(ki, new("KI im Betrieb", "AI at work"),
            [.. new[] { "video", "consultation", "lernfabrik-workshop", "matchmaking-event" }.Where(byType.Contains).Select(t => byType[t].Last())],
            now.AddDays(-90)));
        await session.SaveChangesAsync(cancellationToken);
    }
}
