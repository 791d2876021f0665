using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>
/// The page behind the invitation mail's link: a signed-in person joins with one button; someone without an account
/// registers and joins in one form; everyone else signs in first and comes back. Over <see cref="InvitationHandlers"/>.
/// </summary>
internal static class InvitationPages
{
    public const string Path = "/einladung";

    /// <summary>The invitation page with the code filled in, as the mail links to it.</summary>
    public static string Link(Guid organisationId, string token) => $"{Path}/{organisationId}?code={Uri.EscapeDataString(token)}";

    public static void MapInvitationPages(this IEndpointRouteBuilder pages)
    {
        // The link only shows the invitation; joining takes a POST (link scanners).
        pages.MapGet(Path + "/{id:guid}", ShowAsync).AllowAnonymous();
        pages.MapPost(Path + "/{id:guid}/beitreten", JoinAsync).RequireAuthorization(Policies.SignedIn);
        pages.MapPost(Path + "/{id:guid}/registrieren", RegisterAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
    }

    private static async Task<IResult> ShowAsync(
        Guid id, string? code, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct) =>
        await PageAsync(id, code, FormState.Empty(), http, session, texts, clock, ct);

    private static async Task<IResult> JoinAsync(
        Guid id, IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        var code = state.Value("code");
        var refusal = await InvitationHandlers.AcceptAsync(http.User.AccountId()!.Value, id, code, session, clock, ct);
        if (refusal is null)
        {
            return UiPages.Done(http, OrganisationPages.Next, texts.Get("organisations.invitation.joined"));
        }
        state.Absorb(refusal, texts);
        return await PageAsync(id, code, state, http, session, texts, clock, ct);
    }

    private static async Task<IResult> RegisterAsync(
        Guid id, IFormCollection form, HttpContext http, IDocumentSession session, IPasswordHasher<Account> hasher, ITexts texts,
        TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        var code = state.Value("code");
        if (FormBinder.Bind<AccountEndpoints.Register>(state, texts) is { } request)
        {
            var registered = await InvitationRegistration.RegisterAndJoinAsync(id, code, request, session, hasher, clock, ct);
            if (registered.Succeeded)
            {
                var email = (await session.LoadAsync<Account>(registered.Value, ct))!.Email;
                var started = AccountSessions.Begin(http, cookie: true, clock.GetUtcNow());
                var signedIn = await AccountHandlers.SignInAsync(
                    new AccountEndpoints.SignInRequest(email, request.Password, UseCookie: true), started, session, hasher, clock, ct);
                if (signedIn.Succeeded)
                {
                    await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, signedIn.Value);
                    return UiPages.Done(http, OrganisationPages.Next, texts.Get("organisations.invitation.joined"));
                }
                return UiPages.Done(http, UiPaths.SignIn, texts.Get("organisations.invitation.joined"));
            }
            state.Absorb(registered.Refusal!, texts);
        }
        return await PageAsync(id, code, state, http, session, texts, clock, ct);
    }

    private static async Task<IResult> PageAsync(
        Guid id, string? code, FormState state, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        var status = state.HasErrors ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        var read = await InvitationHandlers.ReadAsync(id, code, session, clock, ct);
        if (read.Refusal is { } refusal)
        {
            var reason = texts.Get(refusal.Fields.Count > 0 ? refusal.Fields[0].Code : refusal.Code);
            return UiPages.Render<InvitationPage>(new { Problem = reason }, StatusCodes.Status400BadRequest);
        }
        var account = http.User.AccountId() is { } accountId ? await session.LoadAsync<Account>(accountId, ct) : null;
        var problem = account is not null && account.NormalizedEmail != read.Value.Email ? texts.Get(InvitationHandlers.OtherAddress) : null;
        return UiPages.Render<InvitationPage>(
            new
            {
                Invitation = new InvitationPage.Shown(id, read.Value.OrganisationName, read.Value.Email),
                Code = code,
                State = state,
                SignedIn = account is not null,
                Problem = problem,
            },
            problem is null ? status : StatusCodes.Status400BadRequest);
    }
}
