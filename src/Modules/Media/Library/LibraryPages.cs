using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Media.Podcasts;
using Kompetenzzentrum.Modules.Media.Progress;
using Kompetenzzentrum.Modules.Media.Videos;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Library;

/// <summary>One episode or video with its player; members also get where they stopped and the progress API's address.</summary>
internal sealed record MediaItemView(
    LibraryItem Item,
    string MediaUrl,
    string? CaptionsUrl,
    string? TranscriptUrl,
    string? Transcript,
    IReadOnlyList<Chapter> Chapters,
    IReadOnlyList<string> GuestCompanies,
    string? ProgressUrl,
    int Position,
    bool Completed);

/// <summary>The public media library: list with filters and a player page that resumes for signed-in members.</summary>
internal static class LibraryPages
{
    public const string Path = "/mediathek";

    public static void MapLibraryPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, async (string? art, string? thema, HttpContext http, IQuerySession session, CancellationToken ct) =>
        {
            var kind = LibraryItems.Kinds.Contains(art) ? art : null;
            var topic = thema is not null && Topics.IsKnown(thema) ? thema : null;
            var list = await LibraryItems.ForAsync(session, http, kind, topic, ct);
            return UiPages.Render<LibraryPage>(new { Model = new LibraryView(list.Items, kind, topic, list.ByFit) });
        }).AllowAnonymous();
        pages.MapGet(Path + "/{id:guid}", ShowAsync).AllowAnonymous();
    }

    private static async Task<IResult> ShowAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var view = await session.LoadAsync<PodcastEpisode>(id, ct) is { IsPublished: true } e
            ? new MediaItemView(
                new LibraryItem(e.Id, "podcast", e.Details.Title, e.Details.Description, e.Details.Topics, e.Details.DurationSeconds, e.PublishedAt),
                FileUrl(e.Details.AudioFileId), null, e.Details.TranscriptFileId is { } t ? FileUrl(t) : null, null,
                e.Details.Chapters, e.Details.GuestCompanies, null, 0, false)
            : await session.LoadAsync<ExplainerVideo>(id, ct) is { IsPublished: true } v
                ? new MediaItemView(
                    new LibraryItem(v.Id, "video", v.Details.Title, v.Details.GlossaryTerm, v.Details.Topics, v.Details.DurationSeconds,
                        v.PublishedAt),
                    FileUrl(v.Details.VideoFileId), FileUrl(v.Details.CaptionsFileId), null, v.Details.Transcript, [], [], null, 0, false)
                : null;
        if (view is null)
        {
            return Results.NotFound();
        }
        // Progress is kept for members of an organisation (the API's policy); others just play.
        if (http.User.AccountId() is { } accountId && http.User.OrganisationId() is not null)
        {
            var progress = await session.LoadAsync<PlaybackProgress>(ProgressStreams.Of(accountId, id), ct);
            view = view with
            {
                ProgressUrl = $"/api/media/progress/{id}",
                Position = progress is { Completed: false } ? progress.PositionSeconds : 0,
                Completed = progress?.Completed ?? false,
            };
        }
        return UiPages.Render<MediaItemPage>(new { Model = view });
    }

    private static string FileUrl(Guid fileId) => $"/api/media/files/{fileId}";
}
