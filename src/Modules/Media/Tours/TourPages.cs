using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Media.Editing;
using Kompetenzzentrum.Modules.Media.Publishing;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Tours;

/// <summary>The tour form: the stored description (null before the first), its version for If-Match, and the form's state.</summary>
internal sealed record TourFormView(Guid OfferingId, TourDetails? Stored, long Version, FormState State);

/// <summary>
/// Staff describe the tour behind an experience-tour offering (host company, address, agenda) or remove the
/// description (the offering stays in the catalog; archive it there). The catalog's offering page links here (the
/// type's <c>DetailsPage</c>); the forms call <see cref="TourHandlers"/>, as the API does, with the version they showed, so a change made meanwhile
/// is not overwritten unseen.
/// </summary>
internal static class TourPages
{
    public const string PathTemplate = PublishingPages.Path + "/touren/{offeringId}";

    public static string PathOf(Guid offeringId) => $"{PublishingPages.Path}/touren/{offeringId}";

    public static void MapTourPages(this RouteGroupBuilder staff)
    {
        staff.MapGet("/touren/{offeringId:guid}", async (Guid offeringId, IQuerySession session, CancellationToken ct) =>
        {
            var view = await ViewAsync(offeringId, FormState.Empty(), session, ct);
            if (view.Stored is { } stored)
            {
                view.State.With("hostCompany", stored.HostCompany).With("address", stored.Address)
                    .With(AgendaLines.Field, AgendaLines.Write(stored.Agenda));
            }
            return UiPages.Render<TourFormPage>(new { Model = view });
        });
        staff.MapPost("/touren/{offeringId:guid}", SaveAsync);
        staff.MapPost("/touren/{offeringId:guid}/entfernen",
            async (Guid offeringId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock,
            ITexts texts, CancellationToken ct) =>
            (await TourHandlers.RemoveAsync(offeringId, PublishingForms.Version(form["version"]), session, clock, ct)).Refusal is { } refusal
                ? UiPages.Failed(http, PathOf(offeringId), texts.Reason(refusal))
                : UiPages.Done(http, PathOf(offeringId), texts.Get("media.tour-removed")));
    }

    // The version the form carries: the stored one, unless a refused form keeps the one it was filled in against.
    private static async Task<TourFormView> ViewAsync(Guid offeringId, FormState state, IQuerySession session, CancellationToken ct,
        long? version = null) =>
        new(offeringId, await session.LoadAsync<TourDetails>(offeringId, ct), version
            ?? await VersionedChange.VersionAsync(session, TourStreams.Of(offeringId), ct) ?? 0, state);

    private static async Task<IResult> SaveAsync(Guid offeringId, IFormCollection form, HttpContext http, IDocumentSession session,
        TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var posted = PublishingForms.Version(state.Value("version"));
        if (AgendaLines.Read(state, texts) is { } agenda)
        {
            var command = new SetTourDetails(state.Value("hostCompany"), state.Value("address"), agenda);
            var refusal = (await TourHandlers.SetAsync(offeringId, command, posted, session, clock, ct)).Refusal;
            if (refusal is null)
            {
                return UiPages.Done(http, PathOf(offeringId), texts.Get("media.tour-described"));
            }
            state.Absorb(refusal, texts);
            if (refusal.Kind == RefusalKind.Stale)
            {
                posted = null;
            }
        }
        state.Summary ??= texts.Get(Refusal.InvalidCode);
        // After a conflict the page shows the stored description with its version: saving again then overwrites knowingly.
        return UiPages.Render<TourFormPage>(new { Model = await ViewAsync(offeringId, state, session, ct, posted) }, StatusCodes.Status400BadRequest);
    }
}
