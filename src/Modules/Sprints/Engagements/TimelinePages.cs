using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Phases;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>
/// Staff: a sprint's timeline and phase history. Staff move the start or change the length (the phases' weeks follow,
/// see <see cref="Timeline"/>), and go back to an earlier phase with a reason when the team has to redo it. Through the
/// API's handlers, so the same checks and words apply.
/// </summary>
internal static class TimelinePages
{
    public static string PathOf(Guid engagementId) => $"{SprintBoardPages.Path}/{engagementId}/zeitplan";

    public static void MapTimelinePages(this IEndpointRouteBuilder pages)
    {
        var timeline = SprintBoardPages.Path + "/{id:guid}/zeitplan";
        pages.MapGet(timeline, (Guid id, HttpContext http, IQuerySession session, CancellationToken ct) =>
            RenderAsync(id, http, session, FormState.Empty(), StatusCodes.Status200OK, ct))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(timeline, PlanAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(timeline + "/zurueck",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            StaffForms.AfterAsync(http, $"{PathOf(id)}#verlauf", Reopened(texts, form["phase"]), texts,
                PhaseEndpoints.ReopenPhaseAsync(id, form["phase"].ToString(), new ReopenInput(form["reason"]), http, session, clock, ct)))
            .RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> RenderAsync(Guid id, HttpContext http, IQuerySession session, FormState state, int status,
        CancellationToken ct)
    {
        var sprint = await StaffForms.SprintAsync(session, http, id, ct);
        return sprint is null ? Results.NotFound() : UiPages.Render<TimelinePage>(new { Model = sprint, State = state }, status);
    }

    private static Task<IResult> PlanAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock,
        ITexts texts, CancellationToken ct) =>
        StaffForms.SubmitAsync<TimelineInput, Engagement>(http, form, texts, input =>
            EngagementEndpoints.PlanTimelineAsync(id, input, http, session, clock, ct), $"{PathOf(id)}#zeitplan",
            input => texts.Get("sprints.timeline.changed", TextArgs.Of(("day", input.StartsOn!.Value), ("weeks", input.Weeks))),
            state => RenderAsync(id, http, session, state, StatusCodes.Status400BadRequest, ct));

    private static string Reopened(ITexts texts, string? phase) => PhaseOrder.TryParse(phase, out var parsed)
        ? texts.Get("sprints.timeline.phase-open-again-named", TextArgs.Of(("phase", SprintWords.Phase(parsed))))
        : texts.Get("sprints.timeline.phase-open-again");
}
