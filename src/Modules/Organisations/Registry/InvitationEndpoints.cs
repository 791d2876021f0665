using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
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

    private static async Task<IResult> InviteAsync(Guid id, Invite body, HttpContext http, IDocumentSession session, IMailSender mail, TimeProvider clock, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(id, ct);
        if (organisation is null || organisation.Erased || !http.User.MaySee(id))
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
            return new FieldProblems().Add("email", "Bitte geben Sie eine gültige E-Mail-Adresse an.", "A valid e-mail address is required.").ToResult();
        }
        var invitationId = Ids.New(clock);
        var token = Secrets.NewToken();
        session.Events.Append(id, new MemberInvited(id, invitationId, email!, Secrets.Hash(token), body.AsAdmin, clock.GetUtcNow().AddDays(14)));
        await session.SaveChangesAsync(ct);
        await mail.SendAsync(AccountMails.Invitation(email!, organisation.Name, id, token) with { OrganisationId = id }, ct);
        return Results.Created($"/api/organisations/{id}/members", new { invitationId });
    }

    private static async Task<IResult> AcceptAsync(Accept body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var accountId = http.User.AccountId()!.Value;
        var account = await session.LoadAsync<Account>(accountId, ct);
        var organisation = await session.LoadAsync<Organisation>(body.OrganisationId, ct);
        var invitation = organisation?.Invitations.FirstOrDefault(i => !i.Accepted && i.ExpiresAt > clock.GetUtcNow() && Secrets.Matches(body.Token, i.TokenHash));
        if (account is null || organisation is null || organisation.Erased || invitation is null || invitation.Email != account.NormalizedEmail)
        {
            return new FieldProblems().Add("token",
                "Die Einladung ist ungültig, abgelaufen oder für eine andere E-Mail-Adresse.", "The invitation is invalid, expired, or for another e-mail address.").ToResult();
        }
        if (account.OrganisationId is not null)
        {
            return Results.Problem(statusCode: 409, title: "You already belong to an organisation.");
        }
        session.Events.Append(organisation.Id,
            new InvitationAccepted(organisation.Id, invitation.InvitationId, accountId),
            new MemberJoined(organisation.Id, accountId, invitation.AsAdmin));
        session.Events.Append(accountId, new JoinedOrganisation(accountId, organisation.Id, invitation.AsAdmin));
        await ResearchConsentOfOrganisation.DecideAsync(session, organisation.Id, MembershipChange.Joined(accountId), clock.GetUtcNow(), ct);
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }
}
