using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Privacy;

/// <summary>
/// The privacy center: download my data, give or withdraw research consent, delete my account, delete the organisation
/// (admins). Each deletion asks once more on a page that says what goes and what stays as anonymous figures.
/// </summary>
internal static class PrivacyPages
{
    public const string Path = "/konto/datenschutz";
    public const string Export = Path + "/export";
    public const string Consent = Path + "/einwilligung";
    public const string DeleteAccount = Path + "/konto-loeschen";
    public const string DeleteOrganisation = Path + "/unternehmen-loeschen";

    public static void MapPrivacyPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, ShowAsync).RequireAuthorization(Policies.SignedIn);
        pages.MapGet(Export, async (HttpContext http, IQuerySession session, IEnumerable<IPersonalDataExporter> exporters, CancellationToken ct) =>
                await PrivacyHandlers.ExportAsync(http.User.AccountId()!.Value, session, exporters, ct) is { } export
                    ? Results.File(export, "application/json", PrivacyHandlers.ExportFileName)
                    : Results.NotFound())
            .RequireAuthorization(Policies.SignedIn);
        pages.MapPost(Consent, async (IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock,
            CancellationToken ct) =>
        {
            var consent = form["consent"].ToString() is "true";
            await PrivacyHandlers.SetConsentAsync(http.User.AccountId()!.Value, http.User.OrganisationId(), consent, session, clock, ct);
            return UiPages.Done(http, Path, texts.Get(consent ? "organisations.privacy.consent-given" : "organisations.privacy.consent-withdrawn"));
        }).RequireAuthorization(Policies.SignedIn);
        pages.MapGet(DeleteAccount, async (HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct) =>
                UiPages.Render<DeletePage>(new { Organisation = false, Blocked = await BlockedAsync(http, session, texts, ct) }))
            .RequireAuthorization(Policies.SignedIn);
        pages.MapPost(DeleteAccount, DeleteAccountAsync).RequireAuthorization(Policies.SignedIn);
        pages.MapGet(DeleteOrganisation, () => UiPages.Render<DeletePage>(new { Organisation = true }))
            .RequireAuthorization(Policies.OrganisationAdmin);
        pages.MapPost(DeleteOrganisation, DeleteOrganisationAsync).RequireAuthorization(Policies.OrganisationAdmin);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct)
    {
        var account = await session.LoadAsync<Account>(http.User.AccountId()!.Value, ct);
        return UiPages.Render<PrivacyPage>(new
        {
            Consented = account?.ResearchConsentVersion is not null,
            OrganisationAdmin = http.User.IsOrganisationAdmin(),
            AccountDeletionBlocked = await BlockedAsync(http, session, texts, ct),
        });
    }

    // The sentence saying why the own account cannot be deleted now (the last admin), or null.
    private static async Task<string?> BlockedAsync(HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct) =>
        await PrivacyHandlers.SelfErasureRefusalAsync(http.User.AccountId()!.Value, session, ct) is { } refusal ? texts.Reason(refusal) : null;

    private static async Task<IResult> DeleteAccountAsync(
        IFormCollection form, HttpContext http, IQuerySession session, Erasure erasure, ITexts texts, CancellationToken ct)
    {
        if (form["confirm"].ToString() is not "true")
        {
            return Unconfirmed(organisation: false, texts);
        }
        var erased = await PrivacyHandlers.EraseSelfAsync(http.User.AccountId()!.Value, session, erasure, ct);
        if (erased.Refusal is { Kind: RefusalKind.Conflict } refusal)
        {
            var state = FormState.Empty();
            state.Summary = texts.Reason(refusal);
            return UiPages.Render<DeletePage>(new { Organisation = false, State = state, Blocked = state.Summary }, StatusCodes.Status409Conflict);
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return UiPages.Done(http, UiPaths.Home, texts.Get("organisations.privacy.account-deleted"));
    }

    private static async Task<IResult> DeleteOrganisationAsync(
        IFormCollection form, HttpContext http, Erasure erasure, ITexts texts, CancellationToken ct)
    {
        if (form["confirm"].ToString() is not "true")
        {
            return Unconfirmed(organisation: true, texts);
        }
        // Its members are erased with it, the admin too: the session ends here.
        await erasure.EraseOrganisationAsync(http.User.OrganisationId()!.Value, ct);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return UiPages.Done(http, UiPaths.Home, texts.Get("organisations.privacy.organisation-deleted"));
    }

    private static IResult Unconfirmed(bool organisation, ITexts texts)
    {
        var state = FormState.Empty().AddError("confirm", texts.Get("organisations.privacy.confirm-required"));
        state.Summary = texts.Get("organisations.privacy.nothing-deleted");
        return UiPages.Render<DeletePage>(new { Organisation = organisation, State = state }, StatusCodes.Status400BadRequest);
    }
}
