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
/// type's <c>DetailsPage</c>); the forms call <see cref="TourEndpoints"/>' handlers with the version they showed as
/// If-Match, so a change made meanwhile is not overwritten unseen.
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
                view.State.With("hostCompany", stored.HostCompany).With("address", stored.Address).With(AgendaLines.Field, AgendaLines.Write(stored.Agenda));
            }
            return UiPages.Render<TourFormPage>(new { Model = view });
        });
        staff.MapPost("/touren/{offeringId:guid}", SaveAsync);
        staff.MapPost("/touren/{offeringId:guid}/entfernen", async (Guid offeringId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        {
            PublishingForms.CarryVersion(http, form["version"]);
            var outcome = ApiOutcome.From(await TourEndpoints.Remove(offeringId, http, session, clock, ct));
            return outcome.Succeeded
                ? UiPages.Done(http, PathOf(offeringId), UiText.T("Die Beschreibung ist entfernt; das Angebot bleibt im Katalog.", "The description is removed; the offering stays in the catalog."))
                : UiPages.Failed(http, PathOf(offeringId), PublishingForms.Refusal(outcome));
        });
    }

    // The version the form carries: the stored one, unless a refused form keeps the one it was filled in against.
    private static async Task<TourFormView> ViewAsync(Guid offeringId, FormState state, IQuerySession session, CancellationToken ct, long? version = null) =>
        new(offeringId, await session.LoadAsync<TourDetails>(offeringId, ct), version ?? await VersionedChange.VersionAsync(session, TourStreams.Of(offeringId), ct) ?? 0, state);

    private static async Task<IResult> SaveAsync(Guid offeringId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        long? posted = long.TryParse(state.Value("version"), out var v) ? v : null;
        if (AgendaLines.Read(state) is { } agenda)
        {
            PublishingForms.CarryVersion(http, state.Value("version"));
            var outcome = ApiOutcome.From(await TourEndpoints.Set(offeringId, new SetTourDetails(state.Value("hostCompany"), state.Value("address"), agenda), http, session, clock, ct));
            if (outcome.Succeeded)
            {
                return UiPages.Done(http, PathOf(offeringId), UiText.T("Die Tour ist beschrieben.", "The tour is described."));
            }
            if (outcome.Status == StatusCodes.Status412PreconditionFailed)
            {
                state.Absorb(outcome with { Title = PublishingForms.Refusal(outcome) });
                posted = null;
            }
            else
            {
                state.Absorb(outcome);
            }
        }
        state.Summary ??= UiText.T("Bitte prüfen Sie die markierten Felder.", "Please check the marked fields.");
        // After a conflict the page shows the stored description with its version: saving again then overwrites knowingly.
        return UiPages.Render<TourFormPage>(new { Model = await ViewAsync(offeringId, state, session, ct, posted) }, StatusCodes.Status400BadRequest);
    }
}
