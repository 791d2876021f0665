using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Media.Editing;
using Kompetenzzentrum.Modules.Media.Podcasts;
using Kompetenzzentrum.Modules.Media.Tours;
using Kompetenzzentrum.Modules.Media.Videos;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Publishing;

internal sealed record EpisodeRow(PodcastEpisode Episode, long Version);

internal sealed record SeriesRow(PodcastSeries Series, IReadOnlyList<EpisodeRow> Episodes);

internal sealed record VideoRow(ExplainerVideo Video, long Version);

/// <summary>The back office's media overview: every series with its episodes, every video, and a new series.</summary>
internal sealed record PublishingView(IReadOnlyList<SeriesRow> Series, IReadOnlyList<VideoRow> Videos, FormState SeriesForm);

/// <summary>Staff publishing: the overview and the new-series form; episodes and videos have their own pages.</summary>
internal static class PublishingPages
{
    public const string Path = "/backoffice/medien";

    public static void MapPublishingPages(this IEndpointRouteBuilder pages)
    {
        var staff = pages.MapGroup(Path).RequireAuthorization(Policies.Staff);
        staff.MapGet("", async (IQuerySession session, CancellationToken ct) =>
            UiPages.Render<PublishingPage>(new { Model = await ViewAsync(session, FormState.Empty(), ct) }));
        staff.MapPost("/reihen", CreateSeriesAsync);
        staff.MapEpisodePages();
        staff.MapVideoPages();
        staff.MapTourPages();
    }

    public static async Task<PublishingView> ViewAsync(IQuerySession session, FormState seriesForm, CancellationToken ct)
    {
        var series = await session.Query<PodcastSeries>().OrderBy(s => s.Slug).ToListAsync(ct);
        var episodes = await session.Query<PodcastEpisode>().ToListAsync(ct);
        var rows = new List<SeriesRow>();
        foreach (var s in series)
        {
            var own = new List<EpisodeRow>();
            foreach (var e in episodes.Where(e => e.SeriesId == s.Id).OrderByDescending(e => e.PublishedAt ?? e.PublishAt))
            {
                own.Add(new EpisodeRow(e, await VersionedChange.VersionAsync(session, e.Id, ct) ?? 0));
            }
            rows.Add(new SeriesRow(s, own));
        }
        var videos = new List<VideoRow>();
        foreach (var v in (await session.Query<ExplainerVideo>().ToListAsync(ct)).OrderBy(v => v.Details.Title, StringComparer.CurrentCulture))
        {
            videos.Add(new VideoRow(v, await VersionedChange.VersionAsync(session, v.Id, ct) ?? 0));
        }
        return new PublishingView(rows, videos, seriesForm);
    }

    private static async Task<IResult> CreateSeriesAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, PublishingForms forms, TimeProvider clock, ITexts texts,
        CancellationToken ct)
    {
        var state = FormState.From(form);
        var image = await forms.UploadAsync(form, "imageFileId", state, http, ct);
        if (!state.HasErrors)
        {
            var request = new CreateSeries(state.Value("slug")?.Trim(), state.Value("title"), state.Value("description"), state.Value("language")
                ?? "de",
                state.Value("author"), state.Value("category"), Explicit: false, image);
            if ((await CreateSeriesHandler.HandleAsync(request, session, clock, ct)).Refusal is not { } refused)
            {
                return UiPages.Done(http, Path, texts.Get("media.series-created"));
            }
            state.Absorb(refused, texts);
        }
        state.Summary ??= texts.Get(Refusal.InvalidCode);
        return UiPages.Render<PublishingPage>(new { Model = await ViewAsync(session, state, ct) }, StatusCodes.Status400BadRequest);
    }
}
