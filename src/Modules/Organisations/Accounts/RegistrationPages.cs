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

/// <summary>Registration and e-mail confirmation pages; both call the API's handlers (<see cref="AccountHandlers"/>), so the rules are one.</summary>
internal static class RegistrationPages
{
    public const string ConfirmPath = "/registrieren/bestaetigen";

    public static void MapRegistrationPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(UiPaths.Register, () => UiPages.Render<RegisterPage>()).AllowAnonymous();
        pages.MapPost(UiPaths.Register, RegisterAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        // The mail's link may carry both values; they only fill the form, a GET never confirms (link scanners).
        pages.MapGet(ConfirmPath, (string? email, string? token) =>
            UiPages.Render<ConfirmPage>(new { State = FormState.Empty().With("email", email).With("token", token) })).AllowAnonymous();
        pages.MapPost(ConfirmPath, ConfirmAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
    }

    private static async Task<IResult> RegisterAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, IPasswordHasher<Account> hasher, IMailSender mail, ITexts texts,
        TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        if (FormBinder.Bind<AccountEndpoints.Register>(state, texts) is { } request)
        {
            if (await AccountHandlers.RegisterAsync(request, session, hasher, mail, clock, ct) is not { } refusal)
            {
                return UiPages.Done(
                    http, ConfirmPath + "?email=" + Uri.EscapeDataString(request.Email!.Trim()), texts.Get("organisations.registered"));
            }
            state.Absorb(refusal, texts);
        }
        return UiPages.Render<RegisterPage>(new { State = state }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ConfirmAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        var request = new AccountEndpoints.Confirm(state.Value("email"), state.Value("token")?.Trim());
        if (await AccountHandlers.ConfirmAsync(request, session, clock, ct) is not { } refusal)
        {
            return UiPages.Done(
                http,
                UiPaths.SignIn + "?ReturnUrl=" + Uri.EscapeDataString(Registry.OrganisationPages.Register),
                texts.Get("organisations.email-confirmed"));
        }
        state.Absorb(refusal, texts);
        return UiPages.Render<ConfirmPage>(new { State = state }, StatusCodes.Status400BadRequest);
    }
}
