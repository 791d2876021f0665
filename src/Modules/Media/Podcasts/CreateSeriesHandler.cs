using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Media.Files;
using Marten;

namespace Kompetenzzentrum.Modules.Media.Podcasts;

/// <summary>
/// Creates a podcast series (the API's <c>POST /podcasts</c> and the publishing page's form): load what the
/// decision needs, let <see cref="SeriesDecider"/> decide, start the stream with its event.
/// </summary>
internal static class CreateSeriesHandler
{
    public static async Task<Result<PodcastSeries>> HandleAsync(CreateSeries command, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var coverIsImage = command.ImageFileId is { } image
            && await PodcastEndpoints.IsFileOfTypeAsync(session, image, [MediaTypes.Jpeg, MediaTypes.Png], ct);
        var slugTaken = command.Slug is { } slug && await PodcastEndpoints.FindSeriesAsync(session, slug, ct) is not null;
        var id = Ids.New(clock);
        var decision = SeriesDecider.Create(new SeriesCreationState(slugTaken, coverIsImage), command, id, clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        var created = decision.Events.OfType<SeriesCreated>().Single();
        session.Events.StartStream<PodcastSeries>(id, created);
        await session.SaveChangesAsync(ct);
        return PodcastSeriesProjection.Create(created);
    }
}
