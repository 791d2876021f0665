using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Privacy;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>An organisation admin invites people by e-mail; they accept with the code from the mail.</summary>
internal static class InvitationEndpoints
{
    public sealed record Invite(string? Email, bool AsAdmin);

    public sealed record Accept(Guid OrganisationId, string? Token);

    public static void MapInvitations(this IEndpointRouteBuilder api)
    {
        api.MapPost("/{id:guid}/invitations", InviteAsync).RequireAuthorization(Policies.SignedIn).WithName("InviteMember");
        api.MapPost("/invitations/accept", AcceptAsync).RequireAuthorization(Policies.SignedIn).WithName("AcceptInvitation");
    }

    private static async Task<IResult> InviteAsync(
        Guid id, Invite body, HttpContext http, IDocumentSession session, IMailSender mail, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(id, ct);
        if (organisation is null || !organisation.Live || !http.User.MaySee(id))
        {
            return Results.NotFound();
        }
        if (!http.User.IsStaff() && !http.User.IsOrganisationAdmin())
        {
            return Results.Forbid();
        }
        var email = body.Email?.Trim().ToLowerInvariant();
        if (!AccountRules.IsValidEmail(email))
        {
            return new FieldProblems().Add("email", texts.Get("organisations.invitation.email-invalid")).ToResult();
        }
        var invitationId = Ids.New(clock);
        var token = Secrets.NewToken();
        var invited = new MemberInvited(id, invitationId, email!, Secrets.Hash(token), body.AsAdmin, clock.GetUtcNow().AddDays(14));
        await session.RetryOnConflictAsync(async attempt =>
        {
            session.Events.Append(id, invited);
            await session.SaveChangesAsync(attempt);
            return true;
        }, ct);
        await mail.SendAsync(AccountMails.Invitation(email!, organisation.Name, id, token) with { OrganisationId = id }, ct);
        return Results.Created($"/api/organisations/{id}/members", new { invitationId });
    }

    // Decided on the versions read: of two acceptances at once the second decides again on what the first left.
    private static Task<IResult> AcceptAsync(
        Accept body, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct) =>
        session.RetryOnConflictAsync(async token =>
        {
            var accountId = http.User.AccountId()!.Value;
            var account = await session.Events.FetchForWriting<Account>(accountId, token);
            var organisation = await session.Events.FetchForWriting<Organisation>(body.OrganisationId, token);
            var invitation = organisation.Aggregate?.Invitations
                .FirstOrDefault(i => !i.Accepted && i.ExpiresAt > clock.GetUtcNow() && Secrets.Matches(body.Token, i.TokenHash));
            if (account.Aggregate is null || organisation.Aggregate is not { Live: true } joined || invitation is null
                || invitation.Email != account.Aggregate.NormalizedEmail)
            {
                return new FieldProblems().Add("token", texts.Get("organisations.invitation.invalid")).ToResult();
            }
            if (account.Aggregate.OrganisationId is not null)
            {
                return Results.Problem(statusCode: 409, title: texts.Get("organisations.invitation.already-member"));
            }
            organisation.AppendMany(
                new InvitationAccepted(joined.Id, invitation.InvitationId, accountId), new MemberJoined(joined.Id, accountId, invitation.AsAdmin));
            account.AppendOne(new JoinedOrganisation(accountId, joined.Id, invitation.AsAdmin));
            await ResearchConsentOfOrganisation.DecideAsync(session, joined.Id, MembershipChange.Joined(accountId), clock.GetUtcNow(), token);
            await session.SaveChangesAsync(token);
            return Results.NoContent();
        }, ct);
}
