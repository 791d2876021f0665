using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Media.Editing;
using Kompetenzzentrum.Modules.Media.Podcasts;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Media.Publishing;

/// <summary>The episode form: new (Id null) or an edit of a version; files are chosen anew only to replace them.</summary>
internal sealed record EpisodeFormView(Guid? Id, long Version, IReadOnlyList<PodcastSeries> Series, FormState State, EpisodeDetails? Current);

/// <summary>Upload and schedule an episode, revise it, publish a draft now, unpublish, delete: <see cref="EpisodeHandlers"/> behind forms.</summary>
internal static class EpisodePages
{
    public static void MapEpisodePages(this RouteGroupBuilder staff)
    {
        staff.MapGet("/folgen/neu", async (IQuerySession session, CancellationToken ct) =>
            UiPages.Render<EpisodeFormPage>(new { Model = new EpisodeFormView(null, 0, await SeriesAsync(session, ct), FormState.Empty(), null) }));
        staff.MapPost("/folgen", ScheduleAsync);
        staff.MapGet("/folgen/{id:guid}", EditAsync);
        staff.MapPost("/folgen/{id:guid}", ReviseAsync);
        staff.MapPost("/folgen/{id:guid}/veroeffentlichen",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, IOfferingDirectory offerings, TimeProvider clock,
            ISchedulerFactory schedulers, ILogger<EpisodePublicationJob> logger, ITexts texts, CancellationToken ct) =>
                ActAsync(id, form, http, session, texts, (slug, episode, version) =>
                Done(
                    EpisodeHandlers.ReviseAsync(slug, id, Request(episode.Details, clock.GetUtcNow()), version, session, offerings, clock,
                        new EpisodePlanner(schedulers, logger), ct)),
                "media.episode-published", ct));
        staff.MapPost("/folgen/{id:guid}/depublizieren",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            ActAsync(id, form, http, session, texts, (slug, _, version) =>
                Done(EpisodeHandlers.UnpublishAsync(slug, id, version, session, clock, ct)), "media.episode-unpublished", ct));
        staff.MapPost("/folgen/{id:guid}/loeschen",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            ActAsync(id, form, http, session, texts, (slug, _, version) => Done(EpisodeHandlers.DeleteAsync(slug, id, version, session, clock, ct)),
                "media.episode-deleted", ct));
    }

    private static async Task<IReadOnlyList<PodcastSeries>> SeriesAsync(IQuerySession session, CancellationToken ct) =>
        await session.Query<PodcastSeries>().OrderBy(s => s.Slug).ToListAsync(ct);

    private static ScheduleEpisode Request(EpisodeDetails d, DateTimeOffset? publishAt) =>
        new(d.Title, d.Description, d.AudioFileId, d.DurationSeconds, publishAt, d.Chapters, d.TranscriptFileId, d.GuestCompanies, d.Topics,
            d.SuitableFrom, d.SuitableTo, d.OfferingId);

    private static async Task<IResult> ScheduleAsync(IFormCollection form, HttpContext http, IDocumentSession session, PublishingForms forms,
        IOfferingDirectory offerings, TimeProvider clock,
        ISchedulerFactory schedulers, ILogger<EpisodePublicationJob> logger, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var audio = await forms.UploadAsync(form, "audioFileId", state, http, ct);
        var transcript = await forms.UploadAsync(form, "transcriptFileId", state, http, ct);
        var request = Read(state, audio, transcript, texts);
        if (request is not null && !state.HasErrors)
        {
            var refusal = (
                await EpisodeHandlers.ScheduleAsync(state.Value("series") ?? "", request, session, offerings, clock,
                    new EpisodePlanner(schedulers, logger), ct)).Refusal;
            if (refusal is null)
            {
                return UiPages.Done(http, PublishingPages.Path, texts.Get("media.episode-saved"));
            }
            state.Absorb(refusal.Kind == RefusalKind.NotFound ? Refusal.Invalid("series", "media.series-choose") : refusal, texts);
        }
        state.Summary ??= texts.Get(Refusal.InvalidCode);
        return UiPages.Render<EpisodeFormPage>(new { Model = new EpisodeFormView(null, 0, await SeriesAsync(session, ct), state, null) },
            StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> EditAsync(Guid id, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<PodcastEpisode>(id, ct) is not { } episode)
        {
            return Results.NotFound();
        }
        var series = await SeriesAsync(session, ct);
        var d = episode.Details;
        var state = FormState.Empty()
            .With("series", series.FirstOrDefault(s => s.Id == episode.SeriesId)?.Slug)
            .With("title", d.Title).With("description", d.Description)
            .With("durationSeconds", d.DurationSeconds.ToString(CultureInfo.InvariantCulture))
            .With("topics", d.Topics).With("guestCompanies", string.Join('\n', d.GuestCompanies))
            .With(ChapterLines.Field, ChapterLines.Write(d.Chapters))
            .With("suitableFrom", d.SuitableFrom?.ToString()).With("suitableTo", d.SuitableTo?.ToString())
            .With("offeringId", d.OfferingId?.ToString());
        var version = await VersionedChange.VersionAsync(session, id, ct) ?? 0;
        return UiPages.Render<EpisodeFormPage>(new { Model = new EpisodeFormView(id, version, series, state, d) });
    }

    private static async Task<IResult> ReviseAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, PublishingForms forms,
        IOfferingDirectory offerings, TimeProvider clock,
        ISchedulerFactory schedulers, ILogger<EpisodePublicationJob> logger, ITexts texts, CancellationToken ct)
    {
        if (await session.LoadAsync<PodcastEpisode>(id, ct) is not { } episode
            || await session.LoadAsync<PodcastSeries>(episode.SeriesId, ct) is not { } series)
        {
            return Results.NotFound();
        }
        var state = FormState.From(form);
        var audio = await forms.UploadAsync(form, "audioFileId", state, http, ct) ?? episode.Details.AudioFileId;
        var transcript = await forms.UploadAsync(form, "transcriptFileId", state, http, ct) ?? episode.Details.TranscriptFileId;
        var request = Read(state, audio, transcript, texts);
        if (request is not null && !state.HasErrors)
        {
            var refusal = (
                await EpisodeHandlers.ReviseAsync(series.Slug, id, request, PublishingForms.Version(state.Value("version")), session, offerings,
                clock, new EpisodePlanner(schedulers, logger), ct)).Refusal;
            if (refusal is null)
            {
                return UiPages.Done(http, PublishingPages.Path, texts.Get("media.changes-saved"));
            }
            state.Absorb(refusal, texts);
        }
        state.Summary ??= texts.Get(Refusal.InvalidCode);
        var version = long.TryParse(state.Value("version"), out var v) ? v : 0;
        return UiPages.Render<EpisodeFormPage>(
            new { Model = new EpisodeFormView(id, version, await SeriesAsync(session, ct), state, episode.Details) },
            StatusCodes.Status400BadRequest);
    }

    // The request the API takes, from the form's fields.
    private static ScheduleEpisode? Read(FormState state, Guid? audio, Guid? transcript, ITexts texts)
    {
        var bound = FormBinder.Bind<TypedFields>(state, texts);
        var chapters = ChapterLines.Read(state, texts);
        return bound is null || chapters is null ? null
            : new ScheduleEpisode(state.Value("title"), state.Value("description"), audio, bound.DurationSeconds,
            bound.PublishAt, chapters, transcript, state.Lines("guestCompanies"), state.Values("topics").ToList(), bound.SuitableFrom,
            bound.SuitableTo, bound.OfferingId);
    }

    private static async Task<IResult> ActAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts,
        Func<string, PodcastEpisode, long?, Task<Refusal?>> act, string done, CancellationToken ct)
    {
        if (await session.LoadAsync<PodcastEpisode>(id, ct) is not { } episode
            || await session.LoadAsync<PodcastSeries>(episode.SeriesId, ct) is not { } series)
        {
            return UiPages.Failed(http, PublishingPages.Path, texts.Get("media.episode-not-found"));
        }
        return await act(series.Slug, episode, PublishingForms.Version(form["version"])) is { } refusal
            ? UiPages.Failed(http, PublishingPages.Path, texts.Reason(refusal))
            : UiPages.Done(http, PublishingPages.Path, texts.Get(done));
    }

    private static async Task<Refusal?> Done<T>(Task<Result<T>> call) => (await call).Refusal;

    /// <summary>The typed fields of the form (number, time, levels, offering id), bound with their own error messages.</summary>
    private sealed record TypedFields(
        int? DurationSeconds, DateTimeOffset? PublishAt, MaturityLevel? SuitableFrom, MaturityLevel? SuitableTo, Guid? OfferingId);
}
