using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Media.Editing;
using Kompetenzzentrum.Modules.Media.Files;
using Kompetenzzentrum.Modules.Media.Podcasts;
using Marten;

namespace Kompetenzzentrum.Modules.Media.Videos;

/// <summary>
/// Publishing, revising, republishing, unpublishing and deleting an explainer video (the API and the publishing
/// pages): load what the decision needs, let <see cref="VideoDecider"/> decide, append; the video as it is now.
/// </summary>
internal static class VideoHandlers
{
    public static async Task<Result<Versioned<ExplainerVideo>>> PublishAsync(PublishVideo command, IDocumentSession session,
        IOfferingDirectory offerings, TimeProvider clock, CancellationToken ct)
    {
        var id = Ids.New(clock);
        var decision = VideoDecider.Publish(id, command, await FilesAsync(command, session, offerings, ct), clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        var published = (VideoPublished)decision.Events[0];
        session.Events.StartStream<ExplainerVideo>(id, published);
        await session.SaveChangesAsync(ct);
        return new Versioned<ExplainerVideo>(ExplainerVideoProjection.Create(published), 1);
    }

    public static async Task<Result<Versioned<ExplainerVideo>>> ReviseAsync(
        Guid id, PublishVideo command, long? expected, IDocumentSession session, IOfferingDirectory offerings, TimeProvider clock,
        CancellationToken ct)
    {
        var files = await FilesAsync(command, session, offerings, ct);
        return await ChangeAsync(id, session, (v, version) => VideoDecider.Revise(v, version, expected, command, files, clock.GetUtcNow()), ct);
    }

    public static Task<Result<Versioned<ExplainerVideo>>> RepublishAsync(Guid id, long? expected, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        ChangeAsync(id, session, (v, version) => VideoDecider.Republish(v, version, expected, clock.GetUtcNow()), ct);

    public static Task<Result<Versioned<ExplainerVideo>>> UnpublishAsync(Guid id, long? expected, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        ChangeAsync(id, session, (v, version) => VideoDecider.Unpublish(v, version, expected, clock.GetUtcNow()), ct);

    public static async Task<Result<long>> DeleteAsync(Guid id, long? expected, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var changed = await VersionedChange.ApplyAsync<ExplainerVideo>(session, id, (v, version) =>
            VideoDecider.Delete(v, version, expected, clock.GetUtcNow()), ct);
        return changed.Refusal is { } refused ? refused : changed.Value.Version;
    }

    private static async Task<Result<Versioned<ExplainerVideo>>> ChangeAsync(
        Guid id, IDocumentSession session, Func<ExplainerVideo?, long, Contracts.Application.Decision> decide, CancellationToken ct)
    {
        var changed = await VersionedChange.ApplyAsync(session, id, decide, ct);
        return changed.Refusal is { } refused ? refused
            : new Versioned<ExplainerVideo>((await session.LoadAsync<ExplainerVideo>(id, ct))!, changed.Value.Version);
    }

    private static async Task<VideoFiles> FilesAsync(PublishVideo command, IQuerySession session, IOfferingDirectory offerings,
        CancellationToken ct) => new(
        command.VideoFileId is { } video && await PodcastEndpoints.IsFileOfTypeAsync(session, video, [MediaTypes.Mp4], ct),
        command.CaptionsFileId is { } captions && await PodcastEndpoints.IsFileOfTypeAsync(session, captions, [MediaTypes.Vtt], ct),
        command.OfferingId is { } offering ? await offerings.FindTypeAsync(offering, ct) : null);
}
