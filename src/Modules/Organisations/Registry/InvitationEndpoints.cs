using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
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
        Guid id, Invite body, HttpContext http, IDocumentSession session, IMailSender mail, PublicLinks links, TimeProvider clock,
        CancellationToken ct) =>
        (await InvitationHandlers.InviteAsync(id, body, http.User, session, mail, links, clock, ct))
            .ToHttpResult(invitationId => Results.Created($"/api/organisations/{id}/members", new { invitationId }));

    private static async Task<IResult> AcceptAsync(
        Accept body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        await InvitationHandlers.AcceptAsync(http.User.AccountId()!.Value, body.OrganisationId, body.Token, session, clock, ct) is { } refusal
            ? refusal.ToHttpResult()
            : Results.NoContent();
}
