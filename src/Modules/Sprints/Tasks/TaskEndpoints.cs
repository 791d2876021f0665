using Kompetenzzentrum.Contracts.Application;
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
                    (await EngagementCommands.RunAsync(engagementId, http, session, clock, (s, now) => TaskDecider.Complete(s, taskId, now),
                        ct)).Result)
            .RequireAuthorization(Policies.ParticipantOrStaff).WithName("CompleteSprintTask");
    }

    internal static async Task<IResult> AssignAsync(Guid engagementId, TaskInput body, HttpContext http, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        (await AssignTaskAsync(engagementId, body, http, session, clock, ct))
            .ToHttpResult(task => Results.Created($"/api/sprints/engagements/{engagementId}", task));

    /// <summary>Gives a team member a task (<see cref="TaskDecider.Assign"/>); the new task.</summary>
    internal static async Task<Result<SprintTask>> AssignTaskAsync(Guid engagementId, TaskInput body, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        List<FieldError> problems = [
            .. EngagementEndpoints.Field(string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > 500, "title", "sprints.length-range",
                TextArgs.Of(("min", 1), ("max", 500))),
            .. EngagementEndpoints.Field(body.OwnerMemberId is null, "ownerMemberId", "sprints.task-owner-required"),
            .. EngagementEndpoints.Field(body.DueOn is null, "dueOn", "sprints.task-due-required"),
        ];
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems);
        }
        var taskId = Ids.New(clock);
        var outcome = await EngagementCommands.RunAsync(engagementId, http, session, clock,
            (s, now) => TaskDecider.Assign(s, taskId, body.Title!.Trim(), body.OwnerMemberId!.Value, body.DueOn!.Value, now), ct);
        return outcome.Refused is { } refused ? refused : outcome.State!.Tasks.Single(t => t.TaskId == taskId);
    }
}
