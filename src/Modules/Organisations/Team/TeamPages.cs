using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Team;

/// <summary>The team page of an SME: members; admins invite, remove, make or unmake admins. Over <see cref="TeamHandlers"/>.</summary>
internal static class TeamPages
{
    public const string Path = "/unternehmen/team";

    public static void MapTeamPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, ShowAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path + "/einladen", InviteAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path + "/{accountId:guid}/admin", SetAdminAsync).RequireAuthorization(Policies.OrganisationMember);
        pages.MapPost(Path + "/{accountId:guid}/entfernen", RemoveAsync).RequireAuthorization(Policies.OrganisationMember);
    }

    private static Task<IResult> ShowAsync(HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct) =>
        PageAsync(FormState.Empty(), StatusCodes.Status200OK, http, session, ct);

    private static async Task<IResult> InviteAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, IMailSender mail, PublicLinks links, ITexts texts, TimeProvider clock,
        CancellationToken ct)
    {
        var state = FormState.From(form);
        var request = new InvitationEndpoints.Invite(state.Value("email"), state.Value("asAdmin") is "true");
        var invited = await InvitationHandlers.InviteAsync(http.User.OrganisationId()!.Value, request, http.User, session, mail, links, clock, ct);
        if (invited.Succeeded)
        {
            return UiPages.Done(http, Path, texts.Get("organisations.team.invited", TextArgs.Of(("email", request.Email!.Trim()))));
        }
        state.Absorb(invited.Refusal!, texts);
        return await PageAsync(state, StatusCodes.Status400BadRequest, http, session, ct);
    }

    private static async Task<IResult> SetAdminAsync(
        Guid accountId, IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts, CancellationToken ct)
    {
        var isAdmin = form["isAdmin"].ToString() is "true";
        var refusal = await TeamHandlers.SetAdminAsync(http.User.OrganisationId()!.Value, accountId, isAdmin, http.User, session, ct);
        return Answer(refusal, http, texts, isAdmin ? "organisations.team.made-admin" : "organisations.team.unmade-admin");
    }

    private static async Task<IResult> RemoveAsync(
        Guid accountId, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        var leaving = http.User.AccountId() == accountId;
        var refusal = await TeamHandlers.RemoveAsync(http.User.OrganisationId()!.Value, accountId, http.User, session, clock, ct);
        return refusal is null && leaving
            ? UiPages.Done(http, UiPaths.Home, texts.Get("organisations.team.left"))
            : Answer(refusal, http, texts, "organisations.team.removed");
    }

    private static IResult Answer(Refusal? refusal, HttpContext http, ITexts texts, string done) =>
        refusal is null ? UiPages.Done(http, Path, texts.Get(done)) : UiPages.Failed(http, Path, texts.Reason(refusal));

    private static async Task<IResult> PageAsync(FormState state, int status, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var members = await TeamHandlers.MembersAsync(http.User.OrganisationId()!.Value, http.User, session, ct);
        return UiPages.Render<TeamPage>(new
        {
            Members = members.Succeeded
                ? members.Value.Select(m => new TeamPage.Row(m.AccountId, m.DisplayName, m.Email, m.IsAdmin)).ToList()
                : [],
            MayManage = http.User.IsOrganisationAdmin(),
            Me = http.User.AccountId(),
            State = state,
        }, status);
    }
}
