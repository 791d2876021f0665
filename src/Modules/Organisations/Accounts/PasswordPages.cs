using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>"Passwort vergessen?" and the reset page behind the mailed link, over <see cref="PasswordHandlers"/>.</summary>
internal static class PasswordPages
{
    public const string Forgot = "/konto/passwort-vergessen";
    public const string Reset = "/konto/passwort-neu";

    /// <summary>The reset page with address and code filled in, as the mail links to it.</summary>
    public static string ResetLink(string email, string token) =>
        Reset + "?email=" + Uri.EscapeDataString(email) + "&code=" + Uri.EscapeDataString(token);

    public static void MapPasswordPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Forgot, (string? email) =>
            UiPages.Render<ForgotPasswordPage>(new { State = FormState.Empty().With("email", email) })).AllowAnonymous();
        pages.MapPost(Forgot, ForgotAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        // The link only fills the form; a GET never resets (link scanners).
        pages.MapGet(Reset, (string? email, string? code) =>
            UiPages.Render<ResetPasswordPage>(new { State = FormState.Empty().With("email", email).With("token", code) })).AllowAnonymous();
        pages.MapPost(Reset, ResetAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
    }

    private static async Task<IResult> ForgotAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, IMailSender mail, PublicLinks links, ITexts texts,
        TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        var request = new AccountEndpoints.ForgotPassword(state.Value("email"));
        if (await PasswordHandlers.ForgotAsync(request, session, mail, links, clock, ct) is not { } refusal)
        {
            // The same answer whether or not the address has an account.
            return UiPages.Done(http, UiPaths.SignIn, texts.Get("organisations.forgot.sent"));
        }
        state.Absorb(refusal, texts);
        return UiPages.Render<ForgotPasswordPage>(new { State = state }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ResetAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, IPasswordHasher<Account> hasher, ITexts texts, TimeProvider clock,
        CancellationToken ct)
    {
        var state = FormState.From(form);
        var request = new AccountEndpoints.ResetPassword(state.Value("email"), state.Value("token")?.Trim(), state.Value("newPassword"));
        if (await PasswordHandlers.ResetAsync(request, session, hasher, clock, ct) is not { } refusal)
        {
            return UiPages.Done(http, UiPaths.SignIn, texts.Get("organisations.reset.done"));
        }
        state.Absorb(refusal, texts);
        var linkDead = refusal.Fields.Any(f => f.Code is PasswordHandlers.InvalidCode or PasswordHandlers.ExpiredCode);
        return UiPages.Render<ResetPasswordPage>(new { State = state, LinkDead = linkDead }, StatusCodes.Status400BadRequest);
    }
}
