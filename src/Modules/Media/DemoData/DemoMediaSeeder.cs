using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Modules.Media.Files;
using Kompetenzzentrum.Modules.Media.Podcasts;
using Kompetenzzentrum.Modules.Media.Videos;
using Marten;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Modules.Media.DemoData;

/// <summary>
/// The podcast "Smarter Mittelstand" with an episode every three weeks over the last year (published on its day, so the
/// feed has a history) and explainer videos with captions, each through the module's own upload handler and deciders.
/// </summary>
internal sealed class DemoMediaSeeder(IDocumentStore store, IMediaStorage storage, MediaSettings settings, TimeProvider clock,
    ILogger<DemoMediaSeeder> logger) : IModuleSeeder
{
    public const string Slug = "smarter-mittelstand";

    private static readonly (string Title, string Guest, string Topic)[] Episodes =
    [
        ("Die digitale Bäckerei", "Bäckerei Morgenrot", "ki"), ("Maschinendaten ohne Umbau", "Metallbau Havelland", "daten"),
        ("Phishing im Handwerk", "Elektrotechnik Krüger", "it-sicherheit"), ("Der Hofladen geht online", "Hofladen Lehmann", "e-commerce"),
        ("Cobots in kleinen Serien", "Feinmechanik Wolf", "automatisierung"), ("CO2-Bilanz ohne Berater", "Brauerei Schulze", "nachhaltigkeit"),
        ("Wissen sichern, bevor es geht", "Ingenieurbüro Richter", "arbeit-4-0"), ("Vom Server im Keller in die Cloud", "Spree-Logistik", "cloud"),
        ("Neues Geschäft aus alten Produkten", "Möbelwerkstatt Peters", "geschaeftsmodelle"),
        ("Aufträge ohne Papier", "Tischlerei Fuchs", "prozesse"),
    ];

    private static readonly (string Term, string Topic, string[] Lines)[] Videos =
    [
        ("Cloud", "cloud", ["Eine Cloud ist Rechenleistung zur Miete.", "Sie zahlen, was Sie nutzen.", "Ihre Daten liegen im Rechenzentrum."]),
        ("Künstliche Intelligenz", "ki", ["KI lernt Muster aus Beispielen.", "Sie braucht gute Daten.", "Sie ersetzt kein Fachwissen."]),
        ("Phishing", "it-sicherheit", ["Phishing-Mails wollen Ihre Passwörter.", "Prüfen Sie den Absender.", "Im Zweifel: anrufen."]),
        ("Digitaler Zwilling", "automatisierung",
            ["Ein digitaler Zwilling bildet eine Maschine ab.", "Er zeigt ihren Zustand.", "So planen Sie Wartung."]),
        ("Datenstrategie", "daten", ["Welche Daten haben Sie?", "Welche Fragen sollen sie beantworten?", "Fangen Sie klein an."]),
        ("Onlineshop", "e-commerce", ["Ein Shop verkauft rund um die Uhr.", "Zahlung und Versand zählen.", "Bilder verkaufen."]),
    ];

    public int Order => SeedOrder.Content;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await PodcastEndpoints.FindSeriesAsync(session, Slug, cancellationToken) is not null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var cover = await UploadAsync(session, MediaTypes.Png, DemoMediaFiles.Cover(), cancellationToken);
        var seriesId = Ids.Derived("demo-podcast", Guid.Empty);
        var created = SeriesDecider.Create(new SeriesCreationState(false, true), new CreateSeries(Slug, "Smarter Mittelstand",
            "Unternehmen aus der Lausitz erzählen, wie sie digital werden – ehrlich, mit Zahlen und Fehlern.", "de", "Kompetenzzentrum",
            "Business", false, cover), seriesId, now.AddDays(-400));
        session.Events.StartStream<PodcastSeries>(seriesId, [.. Accepted(created)]);
        await session.SaveChangesAsync(cancellationToken);
        var series = await PodcastEndpoints.FindSeriesAsync(session, Slug, cancellationToken);
        foreach (var (episode, index) in Episodes.Select((e, i) => (e, i)))
        {
            var audio = await UploadAsync(session, MediaTypes.Mp3, DemoMediaFiles.Mp3(300 + 50 * index), cancellationToken);
            var at = now.AddDays(-21 * (Episodes.Length - index) + 7);
            var decision = EpisodeDecider.Schedule(Ids.Derived("demo-episode", new Guid(index, 0, 0, new byte[8])), series,
                new ScheduleEpisode($"Folge {index + 1}: {episode.Title}",
                    $"Zu Gast: {episode.Guest}. Was hat es gebracht, was würden sie anders machen?",
                    audio, 1500 + 60 * index, at, [new(0, "Vorstellung"), new(300, "Das Projekt"), new(1200, "Was wir gelernt haben")], null,
                    [episode.Guest], [episode.Topic]), new EpisodeFiles(true, false), at);
            session.Events.StartStream<PodcastEpisode>(((EpisodeScheduled)Accepted(decision)[0]).EpisodeId, [.. decision.Events]);
        }
        foreach (var (video, index) in Videos.Select((v, i) => (v, i)))
        {
            var file = await UploadAsync(session, MediaTypes.Mp4, DemoMediaFiles.Mp4(), cancellationToken);
            var captions = await UploadAsync(session, MediaTypes.Vtt, DemoMediaFiles.Vtt(video.Lines), cancellationToken);
            var id = Ids.Derived("demo-video", new Guid(index, 0, 0, new byte[8]));
            var decision = VideoDecider.Publish(id, new PublishVideo($"Kurz erklärt: {video.Term}", video.Term, file, 90 + 15 * index, captions,
                string.Join(' ', video.Lines), [video.Topic]), new VideoFiles(true, true), now.AddDays(-300 + 45 * index));
            session.Events.StartStream<ExplainerVideo>(id, [.. Accepted(decision)]);
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    // The demo's input is fixed: a refusal is a bug in the demo, said at once rather than seeded half.
    private static IReadOnlyList<object> Accepted(Contracts.Application.Decision decision) => decision.Refused is { } refused
        ? throw new InvalidOperationException($"The demo's media were refused: {refused.Code}")
        : decision.Events;

    private async Task<Guid> UploadAsync(IDocumentSession session, string type, byte[] bytes, CancellationToken ct)
    {
        using var body = new MemoryStream(bytes);
        var saved = await UploadHandler.SaveAsync(type, body, null, session, storage, settings, clock, logger, ct);
        return saved.Succeeded ? saved.Value.Id : throw new InvalidOperationException($"The demo's {type} file was refused: {saved.Refusal!.Code}");
    }
}
