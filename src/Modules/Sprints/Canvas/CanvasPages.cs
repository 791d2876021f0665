using System.Globalization;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Canvas;

/// <summary>
/// The SME edits a canvas: one note per line in each of the nine blocks. The version the form was based on
/// travels in a hidden field and is the API's If-Match; a stale save shows the stored state and keeps the input.
/// </summary>
internal static class CanvasPages
{
    public static void MapCanvasPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(SprintPages.Path + "/{id:guid}/canvas/{kind}", ShowAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(SprintPages.Path + "/{id:guid}/canvas/{kind}", SaveAsync).RequireAuthorization(Policies.OrganisationMember);
    }

    private static async Task<IResult> ShowAsync(Guid id, string kind, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (!CanvasKinds.IsKnown(kind) || await SprintPages.Own(session, http, id, ct) is not { } engagement)
        {
            return Results.NotFound();
        }
        var current = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(id, kind), ct);
        return UiPages.Render<CanvasPage>(new { Model = new CanvasPageModel(engagement, kind, current), State = Filled(current) });
    }

    private static async Task<IResult> SaveAsync(Guid id, string kind, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (!CanvasKinds.IsKnown(kind) || await SprintPages.Own(session, http, id, ct) is null)
        {
            return Results.NotFound();
        }
        var state = FormState.From(form);
        long? expected = long.TryParse(state.Value("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
        string[] Notes(string block) => state.Lines("blocks." + block);
        var blocks = new CanvasBlocks(Notes("keyPartners"), Notes("keyActivities"), Notes("keyResources"), Notes("valuePropositions"), Notes("customerRelationships"),
            Notes("channels"), Notes("customerSegments"), Notes("costStructure"), Notes("revenueStreams"));
        var result = await CanvasEndpoints.SaveAsync(id, kind, new CanvasInput(blocks), expected, http, session, clock, ct);
        var outcome = ApiOutcome.From(result);
        if (outcome.Succeeded)
        {
            return UiPages.Done(http, $"{SprintPages.Path}/{id}#canvas", UiText.T($"Das {SprintWords.Canvas(kind)} ist gespeichert.", $"The {SprintWords.Canvas(kind)} is saved."));
        }
        var current = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(id, kind), ct);
        var engagement = (await SprintPages.Own(session, http, id, ct))!;
        state.Absorb(outcome with { Errors = outcome.Errors.ToDictionary(e => e.Key, _ => new[] { UiText.T("Höchstens 30 Notizen mit je bis zu 500 Zeichen.", "At most 30 notes of up to 500 characters.") }) });
        if (outcome.Status is StatusCodes.Status412PreconditionFailed or StatusCodes.Status428PreconditionRequired)
        {
            state.Summary = UiText.T(
                $"Jemand anderes hat diese Canvas gespeichert, während Sie sie bearbeitet haben (jetzt Version {current?.Version}). Ihre Eingaben stehen noch im Formular; " +
                "oben sehen Sie den gespeicherten Stand. Übernehmen Sie, was fehlt, und speichern Sie erneut.",
                $"Someone else saved this canvas while you were editing it (now version {current?.Version}). Your input is still in the form; " +
                "the stored state is shown above. Take over what is missing and save again.");
            state.With("version", current?.Version.ToString(CultureInfo.InvariantCulture));
        }
        else if (outcome.Status == StatusCodes.Status409Conflict)
        {
            state.Summary = UiText.T("Der Sprint ist abgeschlossen; die Canvas bleibt, wie sie ist.", "The sprint is finished; the canvas stays as it is.");
        }
        return UiPages.Render<CanvasPage>(new { Model = new CanvasPageModel(engagement, kind, current), State = state, Stale = outcome.Status is 412 or 428 },
            outcome.Status is 412 or 428 or 409 ? outcome.Status : StatusCodes.Status400BadRequest);
    }

    private static FormState Filled(BusinessCanvas? canvas)
    {
        var state = FormState.Empty().With("version", canvas?.Version.ToString(CultureInfo.InvariantCulture));
        foreach (var (block, items) in (canvas?.Blocks ?? CanvasBlocks.Empty).All)
        {
            state.With("blocks." + block, string.Join('\n', items));
        }
        return state;
    }
}
