using System.Security.Claims;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Privacy;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>An invitation as its page shows it: the organisation's name and the invited address.</summary>
internal sealed record InvitationView(Guid OrganisationId, string OrganisationName, string Email, bool AsAdmin);

/// <summary>Reading and accepting an invitation: the API (<see cref="InvitationEndpoints"/>) and the page (<see cref="InvitationPages"/>).</summary>
internal static class InvitationHandlers
{
    public const string Invalid = "organisations.invitation.invalid";
    public const string Used = "organisations.invitation.used";
    public const string Expired = "organisations.invitation.expired";
    public const string OtherAddress = "organisations.invitation.other-address";
    public const string AlreadyMember = "organisations.invitation.already-member";

    /// <summary>An organisation admin (or staff) invites an address; the mail carries the link to the invitation page.</summary>
    public static async Task<Result<Guid>> InviteAsync(
        Guid organisationId, InvitationEndpoints.Invite body, ClaimsPrincipal user, IDocumentSession session, IMailSender mail,
        PublicLinks links, TimeProvider clock, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(organisationId, ct);
        if (organisation is null || !organisation.Live || !user.MaySee(organisationId))
        {
            return Refusal.NotFound("common.not-found");
        }
        if (!user.IsStaff() && !user.IsOrganisationAdmin())
        {
            return Refusal.Forbidden("common.forbidden");
        }
        var email = body.Email?.Trim().ToLowerInvariant();
        if (!AccountRules.IsValidEmail(email))
        {
            return Refusal.Invalid("email", "organisations.invitation.email-invalid");
        }
        var invitationId = Ids.New(clock);
        var token = Secrets.NewToken();
        var invited = new MemberInvited(organisationId, invitationId, email!, Secrets.Hash(token), body.AsAdmin, clock.GetUtcNow().AddDays(14));
        await session.RetryOnConflictAsync(async attempt =>
        {
            session.Events.Append(organisationId, invited);
            await session.SaveChangesAsync(attempt);
            return true;
        }, ct);
        var link = links.For(InvitationPages.Link(organisationId, token));
        var invitation = AccountMails.Invitation(email!, organisation.Name, organisationId, token, link) with { OrganisationId = organisationId };
        await mail.SendAsync(invitation, ct);
        return invitationId;
    }

    /// <summary>The invitation behind a code, or why it cannot be accepted (unknown, used, expired).</summary>
    public static Result<(Organisation Organisation, Invitation Invitation)> Decide(Organisation? organisation, string? token, DateTimeOffset now)
    {
        var invitation = organisation is { Live: true } ? organisation.Invitations.FirstOrDefault(i => Secrets.Matches(token, i.TokenHash)) : null;
        if (invitation is null)
        {
            return Refusal.Invalid("token", Invalid);
        }
        if (invitation.Accepted)
        {
            return Refusal.Invalid("token", Used);
        }
        return invitation.ExpiresAt <= now ? Refusal.Invalid("token", Expired) : (organisation!, invitation);
    }

    /// <summary>The invitation for its page, or why it cannot be accepted.</summary>
    public static async Task<Result<InvitationView>> ReadAsync(
        Guid organisationId, string? token, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var found = Decide(await session.LoadAsync<Organisation>(organisationId, ct), token, clock.GetUtcNow());
        return found.Refusal is { } refusal
            ? refusal
            : new InvitationView(organisationId, found.Value.Organisation.Name, found.Value.Invitation.Email, found.Value.Invitation.AsAdmin);
    }

    /// <summary>
    /// The signed-in account joins the organisation with the invitation's code. Decided on the versions read: of two
    /// acceptances at once the second decides again on what the first left.
    /// </summary>
    public static Task<Refusal?> AcceptAsync(
        Guid accountId, Guid organisationId, string? token, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        session.RetryOnConflictAsync<Refusal?>(async attempt =>
        {
            var account = await session.Events.FetchForWriting<Account>(accountId, attempt);
            var organisation = await session.Events.FetchForWriting<Organisation>(organisationId, attempt);
            var found = Decide(organisation.Aggregate, token, clock.GetUtcNow());
            if (found.Refusal is { } refusal || account.Aggregate is null)
            {
                return found.Refusal ?? Refusal.Invalid("token", Invalid);
            }
            var (joined, invitation) = found.Value;
            if (invitation.Email != account.Aggregate.NormalizedEmail)
            {
                return Refusal.Invalid("token", OtherAddress);
            }
            if (account.Aggregate.OrganisationId is not null)
            {
                return Refusal.Conflict(AlreadyMember);
            }
            organisation.AppendMany(
                new InvitationAccepted(joined.Id, invitation.InvitationId, accountId), new MemberJoined(joined.Id, accountId, invitation.AsAdmin));
            account.AppendOne(new JoinedOrganisation(accountId, joined.Id, invitation.AsAdmin));
            await ResearchConsentOfOrganisation.DecideAsync(session, joined.Id, MembershipChange.Joined(accountId), clock.GetUtcNow(), attempt);
            await session.SaveChangesAsync(attempt);
            return null;
        }, ct);
}
