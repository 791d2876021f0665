using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Texts;
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
        staff.MapPost("/videos/{id:guid}/veroeffentlichen",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            ActAsync(http, texts, VideoHandlers.RepublishAsync(id, PublishingForms.Version(form["version"]), session, clock, ct),
                "media.video-published"));
        staff.MapPost("/videos/{id:guid}/depublizieren",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            ActAsync(http, texts, VideoHandlers.UnpublishAsync(id, PublishingForms.Version(form["version"]), session, clock, ct),
                "media.video-unpublished"));
        staff.MapPost("/videos/{id:guid}/loeschen",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            ActAsync(http, texts, VideoHandlers.DeleteAsync(id, PublishingForms.Version(form["version"]), session, clock, ct),
                "media.video-deleted"));
    }

    private static async Task<IResult> PublishAsync(IFormCollection form, HttpContext http, IDocumentSession session, PublishingForms forms,
        IOfferingDirectory offerings, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var video = await forms.UploadAsync(form, "videoFileId", state, http, ct);
        var captions = await forms.UploadAsync(form, "captionsFileId", state, http, ct);
        if (Read(state, video, captions, texts) is { } request && !state.HasErrors)
        {
            var refusal = (await VideoHandlers.PublishAsync(request, session, offerings, clock, ct)).Refusal;
            if (refusal is null)
            {
                return UiPages.Done(http, PublishingPages.Path, texts.Get("media.video-published"));
            }
            state.Absorb(refusal, texts);
        }
        state.Summary ??= texts.Get(Refusal.InvalidCode);
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
            .With("durationSeconds", d.DurationSeconds.ToString(CultureInfo.InvariantCulture)).With("transcript", d.Transcript)
                .With("topics", d.Topics).With("suitableFrom", d.SuitableFrom?.ToString()).With("suitableTo", d.SuitableTo?.ToString())
                .With("offeringId", d.OfferingId?.ToString());
        return UiPages.Render<VideoFormPage>(new { Model = new VideoFormView(id, await VersionedChange.VersionAsync(session, id, ct) ?? 0, state) });
    }

    private static async Task<IResult> ReviseAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, PublishingForms forms,
        IOfferingDirectory offerings, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        if (await session.LoadAsync<ExplainerVideo>(id, ct) is not { } current)
        {
            return Results.NotFound();
        }
        var state = FormState.From(form);
        var video = await forms.UploadAsync(form, "videoFileId", state, http, ct) ?? current.Details.VideoFileId;
        var captions = await forms.UploadAsync(form, "captionsFileId", state, http, ct) ?? current.Details.CaptionsFileId;
        if (Read(state, video, captions, texts) is { } request && !state.HasErrors)
        {
            var expected = PublishingForms.Version(state.Value("version"));
            var refusal = (await VideoHandlers.ReviseAsync(id, request, expected, session, offerings, clock, ct)).Refusal;
            if (refusal is null)
            {
                return UiPages.Done(http, PublishingPages.Path, texts.Get("media.changes-saved"));
            }
            state.Absorb(refusal, texts);
        }
        state.Summary ??= texts.Get(Refusal.InvalidCode);
        var version = long.TryParse(state.Value("version"), out var v) ? v : 0;
        return UiPages.Render<VideoFormPage>(new { Model = new VideoFormView(id, version, state) }, StatusCodes.Status400BadRequest);
    }

    private static PublishVideo? Read(FormState state, Guid? video, Guid? captions, ITexts texts) =>
        FormBinder.Bind<TypedFields>(state, texts) is { } typed
            ? new PublishVideo(state.Value("title"), state.Value("glossaryTerm"), video, typed.DurationSeconds, captions, state.Value("transcript"),
                state.Values("topics").ToList(), typed.SuitableFrom, typed.SuitableTo, typed.OfferingId)
            : null;

    private static async Task<IResult> ActAsync<T>(HttpContext http, ITexts texts, Task<Result<T>> act, string done) =>
        (await act).Refusal is { } refusal
            ? UiPages.Failed(http, PublishingPages.Path, texts.Reason(refusal))
            : UiPages.Done(http, PublishingPages.Path, texts.Get(done));

    private sealed record TypedFields(int? DurationSeconds, MaturityLevel? SuitableFrom, MaturityLevel? SuitableTo, Guid? OfferingId);
}
