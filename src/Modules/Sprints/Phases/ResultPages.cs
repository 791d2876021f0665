using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Canvas;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>
/// Staff: the results each phase requires, recorded on one page per sprint (challenges, insights, ideas with their
/// assessment and choice, the roadmap) through the API's handlers, so the board's "still open" empties as they come.
/// A refusal comes back as a flash in the API's words.
/// </summary>
internal static class ResultPages
{
    public static string PathOf(Guid engagementId) => $"{SprintBoardPages.Path}/{engagementId}/ergebnisse";

    public static void MapResultPages(this IEndpointRouteBuilder pages)
    {
        var sprint = SprintBoardPages.Path + "/{id:guid}/ergebnisse";
        pages.MapGet(sprint, RenderAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/herausforderungen", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            After(http, id, "analyse", UiText.T("Die Herausforderungen sind gespeichert.", "The challenges are saved."),
                ResultEndpoints.RecordChallengesAsync(id, new TextListInput(FormState.From(form).Lines("challenges")), http, session, clock, ct))).RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/erkenntnisse", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            After(http, id, "synthese", UiText.T("Die Erkenntnisse sind gespeichert.", "The insights are saved."),
                ResultEndpoints.RecordInsightsAsync(id, new TextListInput(FormState.From(form).Lines("insights")), http, session, clock, ct))).RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/ideen", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            After(http, id, "ideen", UiText.T("Die Idee ist aufgenommen.", "The idea is added."),
                ResultEndpoints.AddIdeaAsync(id, new IdeaInput(form["ideaTitle"], form["ideaDescription"], []), http, session, clock, ct))).RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/ideen/{ideaId:guid}/bewertung", (Guid id, Guid ideaId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            After(http, id, $"idee-{ideaId}", UiText.T("Die Bewertung ist gespeichert.", "The assessment is saved."),
                ResultEndpoints.AssessIdeaAsync(id, ideaId, new AssessmentInput(Scale(form["value"]), Scale(form["effort"]), Scale(form["risk"])), http, session, clock, ct)))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/ideen/{ideaId:guid}/auswahl", (Guid id, Guid ideaId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            After(http, id, $"idee-{ideaId}", UiText.T("Die Auswahl ist gespeichert.", "The choice is saved."),
                ResultEndpoints.ChooseIdeaAsync(id, ideaId, new ChoiceInput(form["chosen"] == "true"), http, session, clock, ct))).RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/fahrplan", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            After(http, id, "fahrplan", UiText.T("Die Maßnahme ist im Fahrplan.", "The action is on the roadmap."),
                ResultEndpoints.AddActionAsync(id, new ActionInput(form["actionTitle"], form["actionOwner"], StaffForms.Day(form["actionDueOn"])), http, session, clock, ct)))
            .RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> RenderAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (await StaffForms.SprintAsync(session, http, id, ct) is not { } sprint)
        {
            return Results.NotFound();
        }
        var asIs = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(id, CanvasKinds.AsIs), ct);
        return UiPages.Render<ResultsPage>(new { Model = sprint with { HasAsIsCanvas = asIs is not null } });
    }

    private static Task<IResult> After(HttpContext http, Guid id, string section, string success, Task<IResult> call) =>
        StaffForms.AfterAsync(http, $"{PathOf(id)}#{section}", success, call);

    private static int? Scale(string? raw) => int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}
