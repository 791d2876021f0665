using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
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
/// assessment and choice, the roadmap) through the same handlers as the API (<see cref="ResultHandlers"/>), so the board's "still open" empties as
/// they come.
/// A refusal comes back as a flash with its reason.
/// </summary>
internal static class ResultPages
{
    public static string PathOf(Guid engagementId) => $"{SprintBoardPages.Path}/{engagementId}/ergebnisse";

    public static void MapResultPages(this IEndpointRouteBuilder pages)
    {
        var sprint = SprintBoardPages.Path + "/{id:guid}/ergebnisse";
        pages.MapGet(sprint, RenderAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/herausforderungen",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            After(http, texts, id, "analyse", texts.Get("sprints.challenges-saved"),
                ResultHandlers.RecordChallengesAsync(id, new TextListInput(FormState.From(form).Lines("challenges")), http, session, clock, ct)))
                    .RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/erkenntnisse",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            After(http, texts, id, "synthese", texts.Get("sprints.insights-saved"),
                ResultHandlers.RecordInsightsAsync(id, new TextListInput(FormState.From(form).Lines("insights")), http, session, clock, ct)))
                    .RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/ideen",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            After(http, texts, id, "ideen", texts.Get("sprints.idea-added"),
                ResultHandlers.AddIdeaAsync(id, new IdeaInput(form["ideaTitle"], form["ideaDescription"], []), http, session, clock, ct)))
                    .RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/ideen/{ideaId:guid}/bewertung",
            (Guid id, Guid ideaId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
                CancellationToken ct) =>
            After(http, texts, id, $"idee-{ideaId}", texts.Get("sprints.assessment-saved"),
                ResultHandlers.AssessIdeaAsync(id, ideaId, new AssessmentInput(Scale(form["value"]), Scale(form["effort"]), Scale(form["risk"])),
                    http, session, clock, ct)))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/ideen/{ideaId:guid}/auswahl",
            (Guid id, Guid ideaId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
                CancellationToken ct) =>
            After(http, texts, id, $"idee-{ideaId}", texts.Get("sprints.choice-saved"),
                ResultHandlers.ChooseIdeaAsync(id, ideaId, new ChoiceInput(form["chosen"] == "true"), http, session, clock, ct)))
                    .RequireAuthorization(Policies.Staff);
        pages.MapPost(sprint + "/fahrplan",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            After(http, texts, id, "fahrplan", texts.Get("sprints.action-added"),
                ResultHandlers.AddActionAsync(id, new ActionInput(form["actionTitle"], form["actionOwner"], StaffForms.Day(form["actionDueOn"])),
                    http, session, clock, ct)))
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

    private static Task<IResult> After(HttpContext http, ITexts texts, Guid id, string section, string success, Task<Result<Engagement>> call) =>
        StaffForms.AfterAsync(http, $"{PathOf(id)}#{section}", success, texts, call);

    private static int? Scale(string? raw) =>
        int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}
