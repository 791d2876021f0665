using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

/// <summary>
/// Staff: a sprint's workshops, scheduling one (phase, times in Europe/Berlin, place or link, participants from the
/// team) and cancelling one, through the same handlers as the API (<see cref="WorkshopHandlers"/>): the participants get the invitation or the
/// cancellation with
/// the calendar entry, and the reminder is planned, exactly as through the API.
/// </summary>
internal static class WorkshopPages
{
    public static string PathOf(Guid engagementId) => $"{SprintBoardPages.Path}/{engagementId}/workshops";

    public static void MapWorkshopPages(this IEndpointRouteBuilder pages)
    {
        var workshops = SprintBoardPages.Path + "/{id:guid}/workshops";
        pages.MapGet(workshops, (Guid id, HttpContext http, IQuerySession session, CancellationToken ct) =>
            RenderAsync(id, http, session, FormState.Empty(), StatusCodes.Status200OK, ct))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(workshops, ScheduleAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(workshops + "/{workshopId:guid}/absagen",
            (Guid id, Guid workshopId, HttpContext http, WorkshopServices services, ITexts texts, CancellationToken ct) =>
            StaffForms.AfterAsync(http, $"{PathOf(id)}#workshop-{workshopId}", texts.Get("sprints.workshop-called-off"), texts,
                WorkshopHandlers.CancelAsync(id, workshopId, services, ct)))
            .RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> RenderAsync(Guid id, HttpContext http, IQuerySession session, FormState state, int status,
        CancellationToken ct)
    {
        var sprint = await StaffForms.SprintAsync(session, http, id, ct);
        return sprint is null ? Results.NotFound() : UiPages.Render<WorkshopsPage>(new { Model = sprint, State = state }, status);
    }

    private static Task<IResult> ScheduleAsync(Guid id, IFormCollection form, HttpContext http, IDocumentSession session, WorkshopServices services,
        ITexts texts, CancellationToken ct) =>
        StaffForms.SubmitAsync<WorkshopInput, Workshop>(http, form, texts, input => WorkshopHandlers.ScheduleAsync(id, input, services, ct),
            PathOf(id),
            _ => texts.Get("sprints.workshop-scheduled"), state => RenderAsync(id, http, session, state, StatusCodes.Status400BadRequest, ct));
}
