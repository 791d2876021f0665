using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Organisations.Maturity.Checks;
using Kompetenzzentrum.Modules.Organisations.Privacy;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>
/// Merging and dismissing duplicates, shared by the API (<see cref="DuplicateEndpoints"/>) and the staff page
/// (<c>DuplicatePages</c>): load both → <see cref="MergeDecider"/> → append to every stream concerned, let each module
/// move its own data (<see cref="IOrganisationMergeParticipant"/>) and commit all of it in one transaction.
/// </summary>
internal static class DuplicateHandlers
{
    public static async Task<Result<MergeOutcome>> MergeAsync(
        Guid survivorId, MergeRequest body, long? expected, ClaimsPrincipal user, IDocumentSession session,
        IEnumerable<IOrganisationMergeParticipant> participants, TimeProvider clock, CancellationToken ct)
    {
        var duplicateId = body.DuplicateId ?? Guid.Empty;
        var now = clock.GetUtcNow();
        var survivor = await session.LoadAsync<Organisation>(survivorId, ct);
        var duplicate = duplicateId == Guid.Empty || duplicateId == survivorId ? null : await session.LoadAsync<Organisation>(duplicateId, ct);
        var decided = MergeDecider.Merge(survivorId, duplicateId, survivor, duplicate, expected, user.AccountId() ?? Guid.Empty, now);
        if (decided.Refusal is { } refusal)
        {
            return refusal;
        }
        var plan = decided.Value;
        // Expected versions on both streams: of two merges (or an edit) at once, one commits and the other is refused.
        session.Events.Append(survivorId, survivor!.Version + plan.SurvivorEvents.Count, [.. plan.SurvivorEvents]);
        session.Events.Append(duplicateId, duplicate!.Version + plan.DuplicateEvents.Count, [.. plan.DuplicateEvents]);
        foreach (var joined in plan.AccountEvents)
        {
            session.Events.Append(joined.AccountId, joined);
        }
        var checks = await MoveChecksAsync(session, survivorId, duplicateId, ct);
        // The survivor takes part in research only while all its members, old and new, consented.
        await ResearchConsentOfOrganisation.DecideAsync(
            session, survivorId, new MembershipChange([.. plan.AccountEvents.Select(a => a.AccountId)], []), now, ct);
        foreach (var participant in participants)
        {
            await participant.MergeAsync(plan.Merged, session, ct);
        }
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return Refusal.Stale("common.stale");
        }
        return new MergeOutcome(survivorId, duplicateId, plan.AccountEvents.Count, checks, survivor.Version + plan.SurvivorEvents.Count);
    }

    /// <summary>Marks a proposed pair as not a duplicate, so that it is no longer listed; marking it again changes nothing.</summary>
    public static async Task<Refusal?> DismissAsync(DismissRequest body, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (body.FirstId is null || body.FirstId == Guid.Empty)
        {
            errors.Add(new FieldError("firstId", "organisations.duplicate-pair-required"));
        }
        if (body.SecondId is null || body.SecondId == Guid.Empty || body.SecondId == body.FirstId)
        {
            errors.Add(new FieldError("secondId", "organisations.duplicate-pair-required"));
        }
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var (first, second) = DuplicateRules.PairKey(body.FirstId!.Value, body.SecondId!.Value);
        var found = await session.LoadManyAsync<Organisation>(ct, first, second);
        if (found.Count(o => !o.Erased) < 2)
        {
            return Refusal.NotFound("organisations.merge-unknown");
        }
        var id = DismissedDuplicate.IdOf(first, second);
        if (await session.LoadAsync<DismissedDuplicate>(id, ct) is not null)
        {
            return null;
        }
        session.Events.StartStream<DismissedDuplicate>(id, new DuplicateDismissed(first, second, user.AccountId() ?? Guid.Empty, clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is JasperFx.ConcurrencyException or JasperFx.Events.ExistingStreamIdCollisionException
                                       or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            // Someone dismissed it at the same moment: it is dismissed either way.
        }
        return null;
    }

    private static async Task<int> MoveChecksAsync(IDocumentSession session, Guid survivorId, Guid duplicateId, CancellationToken ct)
    {
        var history = await session.LoadAsync<MaturityHistory>(duplicateId, ct);
        if (history is null || history.Rounds.Count == 0)
        {
            return 0;
        }
        session.Events.Append(MaturityStreams.Of(duplicateId), new MaturityRoundsMovedOut(duplicateId, survivorId));
        session.Events.Append(MaturityStreams.Of(survivorId), new MaturityRoundsMovedIn(survivorId, duplicateId, history.Rounds));
        return history.Rounds.Count;
    }
}
