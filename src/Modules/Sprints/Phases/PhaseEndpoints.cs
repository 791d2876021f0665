using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Canvas;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.FollowUp;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Kompetenzzentrum.Modules.Sprints.Phases;

internal sealed record ReopenInput(string? Reason);

/// <summary>Staff complete the current phase or go back to an earlier one (see <see cref="PhaseDecider"/>).</summary>
internal static class PhaseEndpoints
{
    public static void MapPhases(this IEndpointRouteBuilder api)
    {
        api.MapPost("/engagements/{engagementId:guid}/phases/{phase}/complete", CompleteAsync).RequireAuthorization(Policies.Staff)
            .WithName("CompleteSprintPhase");
        api.MapPost("/engagements/{engagementId:guid}/phases/{phase}/reopen", ReopenAsync).RequireAuthorization(Policies.Staff)
            .WithName("ReopenSprintPhase");
    }

    internal static async Task<IResult> CompleteAsync(
        Guid engagementId, string phase, HttpContext http, IDocumentSession session, TimeProvider clock, FollowUpDelay delay,
        ISchedulerFactory schedulers, ILogger<FollowUpJob> logger, CancellationToken ct) =>
        (await CompletePhaseAsync(engagementId, phase, http, session, clock, delay, schedulers, logger, ct)).ToHttpResult(e => Results.Ok(e));

    /// <summary>
    /// Completes the phase (load → <see cref="PhaseDecider.Complete"/> → append); completing the transfer schedules the
    /// follow-up. The engagement as it is now.
    /// </summary>
    internal static async Task<Result<Engagement>> CompletePhaseAsync(
        Guid engagementId, string phase, HttpContext http, IDocumentSession session, TimeProvider clock, FollowUpDelay delay,
        ISchedulerFactory schedulers, ILogger<FollowUpJob> logger, CancellationToken ct)
    {
        if (!PhaseOrder.TryParse(phase, out var parsed))
        {
            return Refusal.Invalid("phase", "sprints.phase-unknown");
        }
        var hasAsIs = await session.Events.FetchStreamStateAsync(CanvasKinds.StreamId(engagementId, CanvasKinds.AsIs), ct) is not null;
        var outcome = await EngagementCommands.RunAsync(engagementId, http, session, clock,
            (s, now) => PhaseDecider.Complete(s, new CompletePhase(parsed, hasAsIs, delay), now), ct);
        if (outcome.Events.OfType<FollowUpScheduled>().FirstOrDefault() is { } followUp)
        {
            await FollowUpJob.ScheduleAsync(schedulers, followUp, logger, ct);
        }
        return outcome.Answer;
    }

    internal static async Task<IResult> ReopenAsync(Guid engagementId, string phase, ReopenInput? body, HttpContext http, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        (await ReopenPhaseAsync(engagementId, phase, body, http, session, clock, ct)).ToHttpResult(e => Results.Ok(e));

    /// <summary>Goes back to an earlier phase (<see cref="PhaseDecider.Reopen"/>); the engagement as it is now.</summary>
    internal static async Task<Result<Engagement>> ReopenPhaseAsync(Guid engagementId, string phase, ReopenInput? body, HttpContext http,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (!PhaseOrder.TryParse(phase, out var parsed))
        {
            return Refusal.Invalid("phase", "sprints.phase-unknown");
        }
        if (body?.Reason is { Length: > 2000 })
        {
            return Refusal.Invalid("reason", "sprints.text-too-long", TextArgs.Of(("max", 2000)));
        }
        var reason = string.IsNullOrWhiteSpace(body?.Reason) ? null : body.Reason.Trim();
        return (await EngagementCommands.RunAsync(engagementId, http, session, clock,
            (s, now) => PhaseDecider.Reopen(s, new ReopenPhase(parsed, reason), now), ct)).Answer;
    }
}
