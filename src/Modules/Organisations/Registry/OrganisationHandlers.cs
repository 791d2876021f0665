using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Privacy;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>
/// Registering and editing organisations, shared by the API (<see cref="OrganisationEndpoints"/>) and the page
/// (<see cref="OrganisationPages"/>): load → <see cref="OrganisationDecider"/> → append, answering a typed result.
/// </summary>
internal static class OrganisationHandlers
{
    /// <summary>Registers an organisation; the id of the new one.</summary>
    public static async Task<Result<Guid>> RegisterAsync(
        OrganisationInput body, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var staff = user.IsStaff();
        var accountId = user.AccountId()!.Value;
        if (OrganisationDecider.Register(Guid.Empty, body, accountId, user.OrganisationId(), staff).Refused is { } early)
        {
            return early;
        }
        var id = Ids.New(clock);
        return await session.RetryOnConflictAsync(async token =>
        {
            // Decided on the account's version, so of two registrations at once the second finds the account joined.
            var account = staff ? null : await session.Events.FetchForWriting<Account>(accountId, token);
            var decision = OrganisationDecider.Register(id, body, accountId, account?.Aggregate?.OrganisationId, staff);
            if (decision.Refused is { } refusal)
            {
                return Result.Refused<Guid>(refusal);
            }
            session.Events.StartStream(id, [.. decision.Events]);
            if (account is not null)
            {
                // The person who registers the organisation administers it.
                account.AppendOne(new JoinedOrganisation(accountId, id, true));
                await ResearchConsentOfOrganisation.DecideAsync(session, id, MembershipChange.Joined(accountId), clock.GetUtcNow(), token);
            }
            session.Profiled(id, body, clock);
            await session.SaveChangesAsync(token);
            return id;
        }, ct);
    }

    /// <summary>
    /// Changes an organisation's details on the version the caller read (<paramref name="expected"/>, null: any);
    /// the new version. Another organisation's data is not found, never forbidden.
    /// </summary>
    public static async Task<Result<int>> UpdateAsync(
        Guid id, OrganisationInput body, long? expected, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(id, ct);
        if (organisation is null || organisation.Erased || !user.MaySee(id))
        {
            return Refusal.NotFound("common.not-found");
        }
        if (!user.IsStaff() && !user.IsOrganisationAdmin())
        {
            return Refusal.Forbidden("common.forbidden");
        }
        if (organisation.MergedInto is not null)
        {
            return Refusal.Conflict("organisations.merge-already-merged");
        }
        var decision = OrganisationDecider.Update(organisation, body, expected);
        if (decision.Refused is { } refusal)
        {
            return refusal;
        }
        session.Events.Append(id, organisation.Version + 1, [.. decision.Events]);
        session.Profiled(id, body, clock);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return Refusal.Stale("common.stale");
        }
        return organisation.Version + 1;
    }
}
