using Kompetenzzentrum.Modules.Media.Podcasts;
using Kompetenzzentrum.Modules.Media.Videos;
using Marten;

namespace Kompetenzzentrum.Modules.Media.Progress;

/// <summary>
/// Finds a published episode or video by id, with the offering type and topics research counts it under, and the catalog
/// offering it belongs to.
/// </summary>
internal static class PlayableItems
{
    public static async Task<PlayableItem?> FindAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        if (await session.LoadAsync<PodcastEpisode>(id, ct) is { IsPublished: true } episode)
        {
            return new PlayableItem(id, EpisodeDecider.OfferingType, episode.Details.Topics, episode.Details.OfferingId);
        }
        return await session.LoadAsync<ExplainerVideo>(id, ct) is { IsPublished: true } video
            ? new PlayableItem(id, VideoDecider.OfferingType, video.Details.Topics, video.Details.OfferingId)
            : null;
    }
}
