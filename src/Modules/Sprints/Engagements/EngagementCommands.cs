using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>What a command on an engagement did: the answer, and (when it succeeded) the new state and the events.</summary>
internal sealed record CommandOutcome(IResult Result, Engagement? State, IReadOnlyList<object> Events)
{
    public bool Succeeded => State is not null;
}

/// <summary>
/// Runs a pure decision on an engagement stream: load (404 when missing or not visible to the caller),
/// decide with the clock's time, append, commit. A concurrent writer of the same stream makes it decide again on
/// what that writer left; only when that keeps failing it answers 409.
/// </summary>
internal static class EngagementCommands
{
    public static async Task<CommandOutcome> RunAsync(
        Guid engagementId, HttpContext http, IDocumentSession session, TimeProvider clock, Func<Engagement, DateTimeOffset, Decision> decide, CancellationToken ct)
    {
        try
        {
            // The decision runs on the state it loads and checks that state itself, so a concurrent writer is outwaited.
            return await session.RetryOnConflictAsync(async token =>
            {
                var stream = await session.Events.FetchForWriting<Engagement>(engagementId, token);
                if (stream.Aggregate is not { } state || !http.User.MaySee(state.OrganisationId))
                {
                    return new CommandOutcome(Results.NotFound(), null, []);
                }
                var decision = decide(state, clock.GetUtcNow());
                if (decision.Rejected is { } rejected)
                {
                    return new CommandOutcome(rejected.ToResult(), null, []);
                }
                stream.AppendMany(decision.Events);
                await session.SaveChangesAsync(token);
                var updated = EngagementEvolution.Evolve(state, decision.Events);
                return new CommandOutcome(Results.Ok(updated), updated, decision.Events);
            }, ct);
        }
        catch (Exception ex) when (WriteConflicts.IsConflict(ex))
        {
            return new(Answers.Conflict("Der Sprint wurde gleichzeitig geändert; bitte versuchen Sie es noch einmal.", "The engagement was changed at the same time; try again."), null, []);
        }
    }

    /// <summary>Loads an engagement the caller may see, or null (answer 404).</summary>
    public static async Task<Engagement?> FindAsync(IQuerySession session, HttpContext http, Guid engagementId, CancellationToken ct) =>
        await session.LoadAsync<Engagement>(engagementId, ct) is { } e && http.User.MaySee(e.OrganisationId) ? e : null;
}
