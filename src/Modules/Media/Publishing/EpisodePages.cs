using System.Globalization;
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

/// <summary>Upload and schedule an episode, revise it, publish a draft now, unpublish, delete: the API's handlers behind forms.</summary>
internal static class EpisodePages
{
    public static void MapEpisodePages(this RouteGroupBuilder staff)
    {
        staff.MapGet("/folgen/neu", async (IQuerySession session, CancellationToken ct) =>
            UiPages.Render<EpisodeFormPage>(new { Model = new EpisodeFormView(null, 0, await SeriesAsync(session, ct), FormState.Empty(), null) }));
        staff.MapPost("/folgen", ScheduleAsync);
        staff.MapGet("/folgen/{id:guid}", EditAsync);
        staff.MapPost("/folgen/{id:guid}", ReviseAsync);
        staff.MapPost("/folgen/{id:guid}/veroeffentlichen", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock,
            ISchedulerFactory schedulers, ILogger<EpisodePublicationJob> logger, CancellationToken ct) => ActAsync(id, form, http, session, (slug, episode) =>
                EpisodeEditing.Revise(slug, id, Request(episode.Details, clock.GetUtcNow()), http, session, clock, schedulers, logger, ct),
                UiText.T("Die Folge ist veröffentlicht.", "The episode is published."), ct));
        staff.MapPost("/folgen/{id:guid}/depublizieren", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            ActAsync(id, form, http, session, (slug, _) => EpisodeEditing.Unpublish(slug, id, http, session, clock, ct),
                UiText.T("Die Folge ist zurückgezogen.", "The episode was unpublished."), ct));
        staff.MapPost("/folgen/{id:guid}/loeschen", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            ActAsync(id, form, http, session, (slug, _) => EpisodeEditing.Delete(slug, id, http, session, clock, ct),
                UiText.T("Die Folge ist gelöscht.", "The episode was deleted."), ct));
    }

    private static async Task<IReadOnlyList<PodcastSeries>> SeriesAsync(IQuerySession session, CancellationToken ct) =>
        await session.Query<PodcastSeries>().OrderBy(s => s.Slug).ToListAsync(ct);

    private static ScheduleEpisode Request(EpisodeDetails d, DateTimeOffset? publishAt) =>
        new(d.Title, d.Description, d.AudioFileId, d.DurationSeconds, publishAt, d.Chapters, d.TranscriptFileId, d.GuestCompanies, d.Topics);

    private static async Task<IResult> ScheduleAsync(IFormCollection form, HttpContext http, IDocumentSession session, PublishingForms forms, TimeProvider clock,
        ISchedulerFactory schedulers, ILogger<EpisodePublicationJob> logger, CancellationToken ct)
    {
        var state = FormState.From(form);
        var audio = await forms.UploadAsync(form, "audioFileId", state, http, ct);
        var transcript = await forms.UploadAsync(form, "transcriptFileId", state, http, ct);
        var request = Read(state, audio, transcript);
        if (request is not null && !state.HasErrors)
        {
            var outcome = ApiOutcome.From(await PodcastEndpoints.ScheduleEpisode(state.Value("series") ?? "", request, http, session, clock, schedulers, logger, ct));
            if (outcome.Succeeded)
            {
                return UiPages.Done(http, PublishingPages.Path, UiText.T("Die Folge ist gespeichert.", "The episode was saved."));
            }
            state.Absorb(outcome.Status == StatusCodes.Status404NotFound ? outcome with { Errors = Field("series", "Choose a series.") } : outcome);
        }
        state.Summary ??= UiText.T("Bitte prüfen Sie die markierten Felder.", "Please check the marked fields.");
        return UiPages.Render<EpisodeFormPage>(new { Model = new EpisodeFormView(null, 0, await SeriesAsync(session, ct), state, null) }, StatusCodes.Status400BadRequest);
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
            .With(ChapterLines.Field, ChapterLines.Write(d.Chapters));
        var version = await VersionedChange.VersionAsync(session, id, ct) ?? 0;
        return UiPages.Render<EpisodeFormPage>(new { Model = new EpisodeFormView(id, version, series, state, d) });
    }

    private static async Task<IResult> ReviseAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, PublishingForms forms, TimeProvider clock,
        ISchedulerFactory schedulers, ILogger<EpisodePublicationJob> logger, CancellationToken ct)
    {
        if (await session.LoadAsync<PodcastEpisode>(id, ct) is not { } episode
            || await session.LoadAsync<PodcastSeries>(episode.SeriesId, ct) is not { } series)
        {
            return Results.NotFound();
        }
        var state = FormState.From(form);
        var audio = await forms.UploadAsync(form, "audioFileId", state, http, ct) ?? episode.Details.AudioFileId;
        var transcript = await forms.UploadAsync(form, "transcriptFileId", state, http, ct) ?? episode.Details.TranscriptFileId;
        var request = Read(state, audio, transcript);
        if (request is not null && !state.HasErrors)
        {
            PublishingForms.CarryVersion(http, state.Value("version"));
            var outcome = ApiOutcome.From(await EpisodeEditing.Revise(series.Slug, id, request, http, session, clock, schedulers, logger, ct));
            if (outcome.Succeeded)
            {
                return UiPages.Done(http, PublishingPages.Path, UiText.T("Die Änderungen sind gespeichert.", "The changes were saved."));
            }
            state.Absorb(outcome.Status == StatusCodes.Status412PreconditionFailed ? outcome with { Title = PublishingForms.Refusal(outcome) } : outcome);
        }
        state.Summary ??= UiText.T("Bitte prüfen Sie die markierten Felder.", "Please check the marked fields.");
        var version = long.TryParse(state.Value("version"), out var v) ? v : 0;
        return UiPages.Render<EpisodeFormPage>(new { Model = new EpisodeFormView(id, version, await SeriesAsync(session, ct), state, episode.Details) },
            StatusCodes.Status400BadRequest);
    }

    // The request the API takes, from the form's fields.
    private static ScheduleEpisode? Read(FormState state, Guid? audio, Guid? transcript)
    {
        var bound = FormBinder.Bind<TypedFields>(state);
        var chapters = ChapterLines.Read(state);
        return bound is null || chapters is null ? null : new ScheduleEpisode(state.Value("title"), state.Value("description"), audio, bound.DurationSeconds,
            bound.PublishAt, chapters, transcript, state.Lines("guestCompanies"), state.Values("topics").ToList());
    }

    private static async Task<IResult> ActAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session,
        Func<string, PodcastEpisode, Task<IResult>> act, string done, CancellationToken ct)
    {
        if (await session.LoadAsync<PodcastEpisode>(id, ct) is not { } episode || await session.LoadAsync<PodcastSeries>(episode.SeriesId, ct) is not { } series)
        {
            return UiPages.Failed(http, PublishingPages.Path, UiText.T("Diese Folge gibt es nicht mehr.", "This episode no longer exists."));
        }
        PublishingForms.CarryVersion(http, form["version"]);
        var outcome = ApiOutcome.From(await act(series.Slug, episode));
        return outcome.Succeeded ? UiPages.Done(http, PublishingPages.Path, done) : UiPages.Failed(http, PublishingPages.Path, PublishingForms.Refusal(outcome));
    }

    private static Dictionary<string, string[]> Field(string name, string message) => new() { [name] = [message] };

    /// <summary>The typed fields of the form (number and time), bound with their own error messages.</summary>
    private sealed record TypedFields(int? DurationSeconds, DateTimeOffset? PublishAt);
}
