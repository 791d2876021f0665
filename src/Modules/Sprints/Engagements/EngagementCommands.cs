using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>What a command on an engagement did: the refusal, or the new state and the events.</summary>
internal sealed record CommandOutcome(Refusal? Refused, Engagement? State, IReadOnlyList<object> Events)
{
    public bool Succeeded => Refused is null;

    /// <summary>The HTTP answer: the new state, or the refusal as problem details.</summary>
    public IResult Result => Refused?.ToHttpResult() ?? Results.Ok(State);

    /// <summary>The typed answer: the new state, or the refusal.</summary>
    public Result<Engagement> Answer => Refused is { } refused ? refused : State!;
}

/// <summary>
/// Runs a pure decider on an engagement stream: load (404 when missing or not visible to the caller),
/// decide with the clock's time, append, commit. A concurrent writer of the same stream makes it decide again on
/// what that writer left; only when that keeps failing it answers 409.
/// </summary>
internal static class EngagementCommands
{
    public static async Task<CommandOutcome> RunAsync(
        Guid engagementId, HttpContext http, IDocumentSession session, TimeProvider clock, Func<Engagement, DateTimeOffset, Decision> decide,
        CancellationToken ct)
    {
        try
        {
            // The decision runs on the state it loads and checks that state itself, so a concurrent writer is outwaited.
            return await session.RetryOnConflictAsync(async token =>
            {
                var stream = await session.Events.FetchForWriting<Engagement>(engagementId, token);
                if (stream.Aggregate is not { } state || !http.User.MaySee(state.OrganisationId))
                {
                    return new CommandOutcome(Refusal.NotFound("sprints.engagement-not-found"), null, []);
                }
                var decision = decide(state, clock.GetUtcNow());
                if (decision.Refused is { } refused)
                {
                    return new CommandOutcome(refused, null, []);
                }
                stream.AppendMany(decision.Events);
                await session.SaveChangesAsync(token);
                var updated = EngagementEvolution.Evolve(state, decision.Events);
                return new CommandOutcome(null, updated, decision.Events);
            }, ct);
        }
        catch (Exception ex) when (WriteConflicts.IsConflict(ex))
        {
            return new(Refusal.Conflict("sprints.engagement-changed"), null, []);
        }
    }

    /// <summary>Loads an engagement the caller may see, or null (answer 404).</summary>
    public static async Task<Engagement?> FindAsync(IQuerySession session, HttpContext http, Guid engagementId, CancellationToken ct) =>
        await session.LoadAsync<Engagement>(engagementId, ct) is { } e && http.User.MaySee(e.OrganisationId) ? e : null;
}
