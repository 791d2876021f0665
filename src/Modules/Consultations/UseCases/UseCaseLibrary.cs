using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.UseCases;

/// <summary>The five use cases every installation starts with; staff edit or add to them.</summary>
internal static class UseCaseLibrary
{
    public static Guid IdOf(string key) => Ids.Derived("consultation-use-case:" + key, Guid.Empty);

    public static IReadOnlyList<ConsultationUseCase> Defaults { get; } =
    [
        Make("predictive-maintenance", "Vorausschauende Wartung", "Predictive maintenance",
            "Maschinendaten sagen Ausfälle voraus, bevor sie passieren.", "Machine data predicts failures before they happen.",
            ["C", "D"], ["ki", "automatisierung", "daten"], ["maintenance", "machines", "sensors"], ["sensor-data", "maintenance-logs"],
            MaturityLevel.Entdecker, MaturityLevel.Vorreiter),
        Make("document-analysis", "Dokumentenanalyse", "Document analysis",
            "Rechnungen, Lieferscheine und Verträge automatisch auslesen und einordnen.",
            "Read and classify invoices, delivery notes and contracts automatically.",
            [], ["ki", "prozesse"], ["documents", "administration"], ["documents"], MaturityLevel.Einsteiger, MaturityLevel.Gestalter),
        Make("demand-forecasting", "Absatzprognose", "Demand forecasting",
            "Aus Verkaufsdaten den Bedarf der nächsten Wochen schätzen.", "Estimate the demand of the coming weeks from sales data.",
            ["C", "G"], ["ki", "daten"], ["forecasting", "planning", "sales"], ["sales-history"], MaturityLevel.Entdecker, MaturityLevel.Vorreiter),
        Make("visual-quality-inspection", "Visuelle Qualitätsprüfung", "Visual quality inspection",
            "Kamerabilder erkennen Fehler an Bauteilen in der Fertigung.", "Camera images detect defects of parts in production.",
            ["C"], ["ki", "automatisierung"], ["vision", "quality", "production"], ["images"], MaturityLevel.Entdecker, MaturityLevel.Vorreiter),
        Make("customer-service-assistant", "Kundenservice-Assistent", "Customer-service assistant",
            "Ein Sprachmodell beantwortet häufige Kundenfragen und entlastet den Service.",
            "A language model answers frequent customer questions and relieves the service team.",
            [], ["ki", "e-commerce", "digitales-marketing"], ["customer-service", "chatbot", "sales"], ["support-tickets", "faq"],
            MaturityLevel.Einsteiger, MaturityLevel.Gestalter),
    ];

    private static ConsultationUseCase Make(string key, string titleDe, string titleEn, string de, string en, string[] industries, string[] topics,
        string[] tags,
        string[] data, MaturityLevel from, MaturityLevel to) =>
        new(IdOf(key), key, new(titleDe, titleEn), new(de, en), industries, topics, tags, data, from, to, true);

    public static ConsultationUseCaseSaved Saved(ConsultationUseCase u, DateTimeOffset at) =>
        new(u.Id, u.Key, u.Title, u.Summary, u.Industries, u.Topics, u.Tags, u.DataPrerequisites, u.SuitableFrom, u.SuitableTo, u.Active, at);
}

/// <summary>Seeds the library (and the default questionnaire) into an installation that has none.</summary>
internal sealed class ConsultationSeeder(IDocumentStore store, TimeProvider clock) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        if (!await session.Query<ConsultationUseCase>().AnyAsync(cancellationToken))
        {
            foreach (var useCase in UseCaseLibrary.Defaults)
            {
                session.Events.StartStream(useCase.Id, UseCaseLibrary.Saved(useCase, now));
            }
        }
        if (
            await session.LoadAsync<Questionnaires.ConsultationQuestionnaire>(Questionnaires.ConsultationQuestionnaire.StreamId,
                cancellationToken) is null)
        {
            session.Events.StartStream(Questionnaires.ConsultationQuestionnaire.StreamId,
                new Questionnaires.ConsultationQuestionnairePublished(1, Questionnaires.DefaultQuestionnaire.Questions, now));
        }
        await session.SaveChangesAsync(cancellationToken);
    }
}
