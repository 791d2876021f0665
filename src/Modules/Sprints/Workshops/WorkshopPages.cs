using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>
/// Staff: a sprint's workshops, scheduling one (phase, times in Europe/Berlin, place or link, participants from the
/// team) and cancelling one, through the API's handlers: the participants get the invitation or the cancellation with
/// the calendar entry, and the reminder is planned, exactly as through the API.
/// </summary>
internal static class WorkshopPages
{
    public static string PathOf(Guid engagementId) => $"{SprintBoardPages.Path}/{engagementId}/workshops";

    public static void MapWorkshopPages(this IEndpointRouteBuilder pages)
    {
        var workshops = SprintBoardPages.Path + "/{id:guid}/workshops";
        pages.MapGet(workshops, (Guid id, HttpContext http, IQuerySession session, CancellationToken ct) => RenderAsync(id, http, session, FormState.Empty(), StatusCodes.Status200OK, ct))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(workshops, ScheduleAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(workshops + "/{workshopId:guid}/absagen", async (Guid id, Guid workshopId, HttpContext http, CancellationToken ct) =>
            await StaffForms.AfterAsync(http, $"{PathOf(id)}#workshop-{workshopId}", UiText.T("Der Workshop ist abgesagt; das Team ist benachrichtigt.", "The workshop is cancelled; the team is told."),
                WorkshopEndpoints.CancelAsync(id, workshopId, (await WorkshopEndpoints.Services.BindAsync(http))!, ct)))
            .RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> RenderAsync(Guid id, HttpContext http, IQuerySession session, FormState state, int status, CancellationToken ct)
    {
        var sprint = await StaffForms.SprintAsync(session, http, id, ct);
        return sprint is null ? Results.NotFound() : UiPages.Render<WorkshopsPage>(new { Model = sprint, State = state }, status);
    }

    private static async Task<IResult> ScheduleAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, CancellationToken ct)
    {
        var services = (await WorkshopEndpoints.Services.BindAsync(http))!;
        return await StaffForms.SubmitAsync<WorkshopInput>(http, form, input => WorkshopEndpoints.ScheduleAsync(id, input, services, ct), PathOf(id),
            _ => UiText.T("Der Workshop ist geplant; das Team hat die Einladung.", "The workshop is scheduled; the team has the invitation."),
            state => RenderAsync(id, http, session, state, StatusCodes.Status400BadRequest, ct));
    }
}
