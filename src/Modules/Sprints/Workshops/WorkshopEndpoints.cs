using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Workshops;

internal sealed record WorkshopInput(
    string? Phase,
    string? Title,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? Place,
    string? Link,
    IReadOnlyList<Guid>? Participants);

/// <summary>Staff schedule, move and cancel workshops (adapters over <see cref="WorkshopHandlers"/>); each change mails the participants.</summary>
internal static class WorkshopEndpoints
{
    public static void MapWorkshops(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/engagements/{engagementId:guid}/workshops").RequireAuthorization(Policies.Staff);
        group.MapPost("", async (Guid engagementId, WorkshopInput body, WorkshopServices services, CancellationToken ct) =>
            (await WorkshopHandlers.ScheduleAsync(engagementId, body, services, ct))
                .ToHttpResult(w => Results.Created($"/api/sprints/engagements/{engagementId}", w)))
            .WithName("ScheduleSprintWorkshop");
        group.MapPut("/{workshopId:guid}",
            async (Guid engagementId, Guid workshopId, WorkshopInput body, WorkshopServices services, CancellationToken ct) =>
            (await WorkshopHandlers.RescheduleAsync(engagementId, workshopId, body, services, ct)).ToHttpResult(w => Results.Ok(w)))
            .WithName("RescheduleSprintWorkshop");
        group.MapPost("/{workshopId:guid}/cancel", async (Guid engagementId, Guid workshopId, WorkshopServices services, CancellationToken ct) =>
            (await WorkshopHandlers.CancelAsync(engagementId, workshopId, services, ct)).ToHttpResult(w => Results.Ok(w)))
            .WithName("CancelSprintWorkshop");
    }
}
