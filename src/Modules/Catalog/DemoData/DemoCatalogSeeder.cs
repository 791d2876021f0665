using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Programs;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.DemoData;

/// <summary>A small demo program with a few offerings, for a first look at an empty installation.</summary>
internal sealed class DemoCatalogSeeder(IDocumentStore store, IEnumerable<OfferingTypeDefinition> types, TimeProvider clock) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.Query<ProgramSummary>().AnyAsync(cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var programId = Ids.New(clock);
        var year = now.Year;
        session.Events.StartStream(programId, new ProgramCreated(
            programId, $"Demo-Programm Digitalisierung {year}", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), "Demo-Team",
            new KpiTargets(OrganisationsReached: 120, Participations: 400, Satisfaction: 85)));

        var known = types.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var offering in Offerings.Where(o => known.Contains(o.Type)))
        {
            var id = Ids.New(clock);
            session.Events.StartStream(id,
                new OfferingDrafted(id, programId, offering.Type, new OfferingDetails(
                    offering.Title, offering.Description, offering.Topics, offering.From, offering.To, offering.Format,
                    offering.Format == OfferingFormats.OnSite ? "Cottbus" : null,
                    offering.Format == OfferingFormats.OnSite ? null : "https://example.org/kompetenzzentrum",
                    "de", CancellationDeadlineHours: 24)),
                new OfferingPublished(id, offering.Type, offering.Topics, offering.From, offering.To, now, programId));
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    private sealed record DemoOffering(
        string Type,
        LocalizedText Title,
        LocalizedText Description,
        string[] Topics,
        MaturityLevel From,
        MaturityLevel To,
        string Format);

    private static readonly DemoOffering[] Offerings =
    [
        new("consultation", new("KI-Sprechstunde: Was kann KI in meinem Betrieb?", "AI consultation: what can AI do in my company?"),
            new("Eine Stunde mit einer KI-Expertin, vorbereitet durch Ihren Fragebogen.",
                "One hour with an AI expert, prepared by your questionnaire."),
            ["ki", "daten"], MaturityLevel.Einsteiger, MaturityLevel.Gestalter, "online"),
        new("video", new("Kurz erklärt: Was ist eine Cloud?", "Explained: what is a cloud?"),
            new("Drei Minuten zu Cloud-Diensten für kleine Unternehmen.", "Three minutes on cloud services for small companies."),
            ["cloud"], MaturityLevel.Einsteiger, MaturityLevel.Entdecker, "asynchronous"),
        new("podcast-episode", new("Smarter Mittelstand: Die digitale Bäckerei", "Smarter Mittelstand: the digital bakery"),
            new("Wie eine Bäckerei mit Bedarfsprognosen weniger wegwirft.", "How a bakery throws away less with demand forecasts."),
            ["ki", "nachhaltigkeit"], MaturityLevel.Einsteiger, MaturityLevel.Gestalter, "asynchronous"),
        new("experience-tour", new("Erlebnistour: Vernetzte Fertigung in Brandenburg", "Experience tour: connected manufacturing in Brandenburg"),
            new("Besuch eines Maschinenbauers, der seine Fertigung vernetzt hat.", "Visit a machine builder that connected its production."),
            ["automatisierung", "daten"], MaturityLevel.Entdecker, MaturityLevel.Vorreiter, "on-site"),
        new("sprint", new("Geschäftsmodellsprint", "Business-model sprint"),
            new("Mehrere Wochen gemeinsam am Geschäftsmodell arbeiten: Analyse, Synthese, Ideenfindung, Transfer.",
                "Several weeks on your business model: analysis, synthesis, ideation, transfer."),
            ["geschaeftsmodelle"], MaturityLevel.Entdecker, MaturityLevel.Vorreiter, "on-site"),
    ];
}
