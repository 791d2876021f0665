using System.Globalization;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Media.Editing;
using Kompetenzzentrum.Modules.Media.Videos;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Publishing;

/// <summary>The video form: new (Id null, published when saved) or an edit of a version.</summary>
internal sealed record VideoFormView(Guid? Id, long Version, FormState State);

/// <summary>Upload and publish an explainer video, revise it, unpublish, publish again, delete.</summary>
internal static class VideoPages
{
    public static void MapVideoPages(this RouteGroupBuilder staff)
    {
        staff.MapGet("/videos/neu", () => UiPages.Render<VideoFormPage>(new { Model = new VideoFormView(null, 0, FormState.Empty()) }));
        staff.MapPost("/videos", PublishAsync);
        staff.MapGet("/videos/{id:guid}", EditAsync);
        staff.MapPost("/videos/{id:guid}", ReviseAsync);
        staff.MapPost("/videos/{id:guid}/veroeffentlichen", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            ActAsync(form, http, () => VideoEndpoints.Republish(id, http, session, clock, ct), UiText.T("Das Video ist veröffentlicht.", "The video is published.")));
        staff.MapPost("/videos/{id:guid}/depublizieren", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            ActAsync(form, http, () => VideoEndpoints.Unpublish(id, http, session, clock, ct), UiText.T("Das Video ist zurückgezogen.", "The video was unpublished.")));
        staff.MapPost("/videos/{id:guid}/loeschen", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            ActAsync(form, http, () => VideoEndpoints.Delete(id, http, session, clock, ct), UiText.T("Das Video ist gelöscht.", "The video was deleted.")));
    }

    private static async Task<IResult> PublishAsync(IFormCollection form, HttpContext http, IDocumentSession session, PublishingForms forms, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        var video = await forms.UploadAsync(form, "videoFileId", state, http, ct);
        var captions = await forms.UploadAsync(form, "captionsFileId", state, http, ct);
        if (Read(state, video, captions) is { } request && !state.HasErrors)
        {
            var outcome = ApiOutcome.From(await VideoEndpoints.Publish(request, http, session, clock, ct));
            if (outcome.Succeeded)
            {
                return UiPages.Done(http, PublishingPages.Path, UiText.T("Das Video ist veröffentlicht.", "The video is published."));
            }
            state.Absorb(outcome);
        }
        state.Summary ??= UiText.T("Bitte prüfen Sie die markierten Felder.", "Please check the marked fields.");
        return UiPages.Render<VideoFormPage>(new { Model = new VideoFormView(null, 0, state) }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> EditAsync(Guid id, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ExplainerVideo>(id, ct) is not { } video)
        {
            return Results.NotFound();
        }
        var d = video.Details;
        var state = FormState.Empty().With("title", d.Title).With("glossaryTerm", d.GlossaryTerm)
            .With("durationSeconds", d.DurationSeconds.ToString(CultureInfo.InvariantCulture)).With("transcript", d.Transcript).With("topics", d.Topics);
        return UiPages.Render<VideoFormPage>(new { Model = new VideoFormView(id, await VersionedChange.VersionAsync(session, id, ct) ?? 0, state) });
    }

    private static async Task<IResult> ReviseAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, PublishingForms forms, TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<ExplainerVideo>(id, ct) is not { } current)
        {
            return Results.NotFound();
        }
        var state = FormState.From(form);
        var video = await forms.UploadAsync(form, "videoFileId", state, http, ct) ?? current.Details.VideoFileId;
        var captions = await forms.UploadAsync(form, "captionsFileId", state, http, ct) ?? current.Details.CaptionsFileId;
        if (Read(state, video, captions) is { } request && !state.HasErrors)
        {
            PublishingForms.CarryVersion(http, state.Value("version"));
            var outcome = ApiOutcome.From(await VideoEndpoints.Revise(id, request, http, session, clock, ct));
            if (outcome.Succeeded)
            {
                return UiPages.Done(http, PublishingPages.Path, UiText.T("Die Änderungen sind gespeichert.", "The changes were saved."));
            }
            state.Absorb(outcome.Status == StatusCodes.Status412PreconditionFailed ? outcome with { Title = PublishingForms.Refusal(outcome) } : outcome);
        }
        state.Summary ??= UiText.T("Bitte prüfen Sie die markierten Felder.", "Please check the marked fields.");
        var version = long.TryParse(state.Value("version"), out var v) ? v : 0;
        return UiPages.Render<VideoFormPage>(new { Model = new VideoFormView(id, version, state) }, StatusCodes.Status400BadRequest);
    }

    private static PublishVideo? Read(FormState state, Guid? video, Guid? captions) =>
        FormBinder.Bind<TypedFields>(state) is { } typed
            ? new PublishVideo(state.Value("title"), state.Value("glossaryTerm"), video, typed.DurationSeconds, captions, state.Value("transcript"), state.Values("topics").ToList())
            : null;

    private static async Task<IResult> ActAsync(IFormCollection form, HttpContext http, Func<Task<IResult>> act, string done)
    {
        PublishingForms.CarryVersion(http, form["version"]);
        var outcome = ApiOutcome.From(await act());
        return outcome.Succeeded ? UiPages.Done(http, PublishingPages.Path, done) : UiPages.Failed(http, PublishingPages.Path, PublishingForms.Refusal(outcome));
    }

    private sealed record TypedFields(int? DurationSeconds);
}
