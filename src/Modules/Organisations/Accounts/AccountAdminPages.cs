using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// The back-office account pages of platform administrators: the list (search, role filter, pages) and one account with its
/// roles, the grant form, lock or unlock and the confirmation mail, through the same query and handlers as the API
/// (<see cref="AccountQueries"/>, <see cref="AccountAdministration"/>). Plain links and forms.
/// </summary>
internal static class AccountAdminPages
{
    public const string Path = "/backoffice/konten";

    public static string AccountPath(Guid id) => $"{Path}/{id}";

    public static void MapAccountAdminPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, ListAsync).RequireAuthorization(Policies.PlatformAdmin);
        pages.MapGet(Path + "/{id:guid}", async (Guid id, HttpContext http, IQuerySession session, TimeProvider clock, ITexts texts,
                CancellationToken ct) => await ShowAsync(id, http, session, clock, texts, FormState.Empty(), StatusCodes.Status200OK, ct))
            .RequireAuthorization(Policies.PlatformAdmin);
        pages.MapPost(Path + "/{id:guid}/rollen", GrantAsync).RequireAuthorization(Policies.PlatformAdmin);
        pages.MapPost(Path + "/{id:guid}/rollen/{role}/entziehen", (Guid id, string role, HttpContext http, IDocumentSession session,
                ITexts texts, CancellationToken ct) =>
                ActAsync(http, id, texts, "organisations.accounts.role-revoked", AccountAdministration.RevokeAsync(id, role, session, ct)))
            .RequireAuthorization(Policies.PlatformAdmin);
        pages.MapPost(Path + "/{id:guid}/sperren", (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
                CancellationToken ct) => ActAsync(http, id, texts, "organisations.accounts.locked-done",
                AccountAdministration.LockAsync(id, http.User.AccountId()!.Value, session, clock, ct)))
            .RequireAuthorization(Policies.PlatformAdmin);
        pages.MapPost(Path + "/{id:guid}/entsperren", (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
                CancellationToken ct) => ActAsync(http, id, texts, "organisations.accounts.unlocked-done",
                AccountAdministration.UnlockAsync(id, http.User.AccountId()!.Value, session, clock, ct)))
            .RequireAuthorization(Policies.PlatformAdmin);
        pages.MapPost(Path + "/{id:guid}/bestaetigung", (Guid id, HttpContext http, IDocumentSession session, IMailSender mail, TimeProvider clock,
                ITexts texts, CancellationToken ct) => ActAsync(http, id, texts, "organisations.accounts.confirmation-sent",
                AccountAdministration.ResendConfirmationAsync(id, http.User.AccountId()!.Value, session, mail, clock, ct)))
            .RequireAuthorization(Policies.PlatformAdmin);
    }

    private static async Task<IResult> ListAsync(
        string? q, string? role, int? seite, HttpContext http, IQuerySession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var filters = FormState.Empty().With("q", q).With("role", role);
        var page = Math.Max(seite ?? 1, 1);
        var result = await AccountQueries.ListAsync(q, role, (page - 1) * AccountQueries.DefaultTake, AccountQueries.DefaultTake,
            session, clock.GetUtcNow(), ct);
        if (result.Refusal is { } refusal)
        {
            filters.Absorb(refusal, texts);
        }
        return UiPages.Render<AccountsPage>(new
        {
            Filters = filters,
            List = result.Refusal is null ? result.Value : new AccountsPage.Listing([], 0, 0, AccountQueries.DefaultTake),
            Page = page,
        }, result.Refusal is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> GrantAsync(
        Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var request = FormBinder.Bind<RoleEndpoints.Grant>(state, texts);
        var refusal = request is null ? null : await AccountAdministration.GrantAsync(
            id, request, http.RequestServices.GetService<ICenterDirectory>(), session, ct);
        if (request is not null && refusal is null)
        {
            return UiPages.Done(http, AccountPath(id), texts.Get("organisations.accounts.role-granted"));
        }
        if (refusal is { Kind: not RefusalKind.Invalid })
        {
            return UiPages.Failed(http, Path, texts.Reason(refusal));
        }
        if (refusal is not null)
        {
            state.Absorb(refusal, texts);
        }
        state.Summary ??= texts.Get("common.invalid");
        return await ShowAsync(id, http, session, clock, texts, state, StatusCodes.Status400BadRequest, ct);
    }

    private static async Task<IResult> ShowAsync(
        Guid id, HttpContext http, IQuerySession session, TimeProvider clock, ITexts texts, FormState state, int status, CancellationToken ct) =>
        await AccountQueries.FindAsync(id, session, clock.GetUtcNow(), ct) is { } account
            ? UiPages.Render<AccountPage>(new { Account = account, State = state, Grantable = AccountAdministration.Grantable }, status)
            : UiPages.Failed(http, Path, texts.Get(AccountAdministration.NotFound));

    // A button on the account's page: back to it with what happened, or with why not (an unknown account: back to the list).
    private static async Task<IResult> ActAsync(HttpContext http, Guid id, ITexts texts, string done, Task<Refusal?> action) =>
        await action is { } refusal
            ? UiPages.Failed(http, refusal.Code == AccountAdministration.NotFound ? Path : AccountPath(id), texts.Reason(refusal))
            : UiPages.Done(http, AccountPath(id), texts.Get(done));
}
