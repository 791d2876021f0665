using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Privacy;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Team;

/// <summary>A member as the team page and the API show it.</summary>
internal sealed record TeamMember(Guid AccountId, string DisplayName, string? Email, bool IsAdmin);

/// <summary>
/// The team use cases of the API (<see cref="TeamEndpoints"/>) and the page (<see cref="TeamPages"/>): load →
/// <see cref="TeamDecider"/> → append. Decided on the organisation's version read, so that two admins unmaking each
/// other at once cannot leave the organisation without one: the second decides again on what the first left.
/// </summary>
internal static class TeamHandlers
{
    /// <summary>The members, for the organisation's members and staff.</summary>
    public static async Task<Result<IReadOnlyList<TeamMember>>> MembersAsync(
        Guid organisationId, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(organisationId, ct);
        if (organisation is null || !organisation.Live || !user.MaySee(organisationId))
        {
            return Refusal.NotFound("common.not-found");
        }
        var accounts = await session.LoadManyAsync<Account>(ct, [.. organisation.Members.Select(m => m.AccountId)]);
        return Result.Success<IReadOnlyList<TeamMember>>([.. accounts
            .Select(a => new TeamMember(a.Id, a.DisplayName, a.Email, organisation.Members.Any(m => m.AccountId == a.Id && m.IsAdmin)))
            .OrderBy(m => m.DisplayName, StringComparer.CurrentCulture)]);
    }

    /// <summary>Makes a member an admin or unmakes one; organisation admins and staff only.</summary>
    public static Task<Refusal?> SetAdminAsync(
        Guid organisationId, Guid accountId, bool isAdmin, ClaimsPrincipal user, IDocumentSession session, CancellationToken ct) =>
        DecideAsync(organisationId, user, mayLeave: false, accountId, organisation => TeamDecider.SetAdmin(organisation, accountId, isAdmin),
            session, null, ct);

    /// <summary>Removes a member; admins and staff remove anyone, a member may remove (only) itself: it leaves.</summary>
    public static Task<Refusal?> RemoveAsync(
        Guid organisationId, Guid accountId, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        DecideAsync(organisationId, user, mayLeave: true, accountId, organisation => TeamDecider.Remove(organisation, accountId), session, clock, ct);

    private static Task<Refusal?> DecideAsync(
        Guid organisationId, ClaimsPrincipal user, bool mayLeave, Guid accountId, Func<Organisation, Decision> decide, IDocumentSession session,
        TimeProvider? clock, CancellationToken ct) =>
        session.RetryOnConflictAsync<Refusal?>(async attempt =>
        {
            var stream = await session.Events.FetchForWriting<Organisation>(organisationId, attempt);
            if (stream.Aggregate is not { Live: true } organisation || !user.MaySee(organisationId))
            {
                return Refusal.NotFound("common.not-found");
            }
            var self = mayLeave && user.AccountId() == accountId;
            if (!user.IsStaff() && !user.IsOrganisationAdmin() && !self)
            {
                return Refusal.Forbidden("common.forbidden");
            }
            var decision = decide(organisation);
            if (decision.Refused is { } refusal)
            {
                return refusal;
            }
            stream.AppendMany(decision.Events.Where(e => e is not (OrganisationAdminChanged or LeftOrganisation)));
            var onAccount = decision.Events.Where(e => e is OrganisationAdminChanged or LeftOrganisation).ToArray();
            if (onAccount.Length > 0)
            {
                session.Events.Append(accountId, onAccount);
            }
            if (clock is not null && decision.Events.Any(e => e is MemberRemoved))
            {
                var left = MembershipChange.Left(accountId);
                await ResearchConsentOfOrganisation.DecideAsync(session, organisationId, left, clock.GetUtcNow(), attempt);
            }
            await session.SaveChangesAsync(attempt);
            return null;
        }, ct);
}
