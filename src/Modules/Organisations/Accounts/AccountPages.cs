using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>The sign-in and sign-out pages. They call the same handler as the API, so the rules are one.</summary>
internal static class AccountPages
{
    public static void MapAccountPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(UiPaths.SignIn, (string? returnUrl) => UiPages.Render<SignInPage>(new { ReturnUrl = returnUrl })).AllowAnonymous();
        pages.MapPost(UiPaths.SignIn, SignInAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        pages.MapPost(UiPaths.SignOut, async (HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        {
            await SessionEndpoints.EndAsync(session, http.User, clock, ct);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return UiPages.Done(http, UiPaths.Home, UiText.T("Sie sind abgemeldet.", "You are signed out."));
        }).AllowAnonymous();
    }

    private static async Task<IResult> SignInAsync(
        IFormCollection form, string? returnUrl, HttpContext http, IDocumentSession session, IPasswordHasher<Account> hasher, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        var request = new AccountEndpoints.SignInRequest(state.Value("email"), state.Value("password"), UseCookie: true);
        var result = await AccountEndpoints.SignInAsync(request, http, session, hasher, clock, ct);
        if (result is SignInHttpResult signIn)
        {
            await http.SignInAsync(signIn.AuthenticationScheme, signIn.Principal, signIn.Properties);
            var name = signIn.Principal.Identity?.Name;
            return UiPages.Done(http, UiPages.LocalOnly(returnUrl), UiText.T($"Willkommen, {name}!", $"Welcome, {name}!"));
        }
        state.Absorb(ApiOutcome.From(result));
        return UiPages.Render<SignInPage>(new { State = state, ReturnUrl = returnUrl }, StatusCodes.Status400BadRequest);
    }
}
