using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>The sign-in and sign-out pages. They call the same handler as the API (<see cref="AccountHandlers"/>), so the rules are one.</summary>
internal static class AccountPages
{
    public static void MapAccountPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(UiPaths.SignIn, (string? returnUrl) => UiPages.Render<SignInPage>(new { ReturnUrl = returnUrl })).AllowAnonymous();
        pages.MapPost(UiPaths.SignIn, SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        pages.MapPost(UiPaths.SignOut, async (HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct) =>
        {
            await SessionEndpoints.EndAsync(session, http.User, clock, ct);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return UiPages.Done(http, UiPaths.Home, texts.Get("organisations.signed-out"));
        }).AllowAnonymous();
    }

    private static async Task<IResult> SignInAsync(
        IFormCollection form, string? returnUrl, HttpContext http, IDocumentSession session, IPasswordHasher<Account> hasher, ITexts texts,
        TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        var request = new AccountEndpoints.SignInRequest(state.Value("email"), state.Value("password"), UseCookie: true);
        var started = AccountSessions.Begin(http, cookie: true, clock.GetUtcNow());
        var result = await AccountHandlers.SignInAsync(request, started, session, hasher, clock, ct);
        if (result.Refusal is { } refusal)
        {
            state.Absorb(refusal, texts);
            return UiPages.Render<SignInPage>(new { State = state, ReturnUrl = returnUrl }, StatusCodes.Status400BadRequest);
        }
        var principal = result.Value;
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return UiPages.Done(
            http, UiPages.LocalOnly(returnUrl), texts.Get("organisations.signed-in", TextArgs.Of(("name", principal.Identity?.Name))));
    }
}
