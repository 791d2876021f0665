using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Tasks;

internal sealed record TaskInput(string? Title, Guid? OwnerMemberId, DateOnly? DueOn);

/// <summary>Staff give tasks to team members; staff and the SME's members mark them done.</summary>
internal static class TaskEndpoints
{
    public static void MapTasks(this IEndpointRouteBuilder api)
    {
        api.MapPost("/engagements/{engagementId:guid}/tasks", AssignAsync).RequireAuthorization(Policies.Staff).WithName("AssignSprintTask");
        api.MapPost("/engagements/{engagementId:guid}/tasks/{taskId:guid}/complete",
                async (Guid engagementId, Guid taskId, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
                    (await EngagementCommands.RunAsync(engagementId, http, session, clock, (s, now) => TaskDecider.Complete(s, taskId, now), ct)).Result)
            .RequireAuthorization(Policies.ParticipantOrStaff).WithName("CompleteSprintTask");
    }

    internal static async Task<IResult> AssignAsync(Guid engagementId, TaskInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems()
            .When(string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > 500, "title", "1 bis 500 Zeichen.", "1 to 500 characters.")
            .When(body.OwnerMemberId is null, "ownerMemberId", "Wählen Sie, wer aus dem Team die Aufgabe übernimmt.", "Name the team member who does it.")
            .When(body.DueOn is null, "dueOn", "Geben Sie an, bis wann die Aufgabe erledigt sein soll.", "Give the day it is due.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var taskId = Ids.New(clock);
        var outcome = await EngagementCommands.RunAsync(engagementId, http, session, clock,
            (s, now) => TaskDecider.Assign(s, taskId, body.Title!.Trim(), body.OwnerMemberId!.Value, body.DueOn!.Value, now), ct);
        return outcome.Succeeded
            ? Results.Created($"/api/sprints/engagements/{engagementId}", outcome.State!.Tasks.Single(t => t.TaskId == taskId))
            : outcome.Result;
    }
}
