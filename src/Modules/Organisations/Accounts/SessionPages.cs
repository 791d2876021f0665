using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>"Meine Sitzungen": where I am signed in, and sign out everywhere (the revocation of <see cref="SessionEndpoints"/>).</summary>
internal static class SessionPages
{
    public const string Path = "/konto/sitzungen";

    public static void MapSessionPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, async (HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        {
            var account = await session.LoadAsync<Account>(http.User.AccountId()!.Value, ct);
            var sessions = account is null ? [] : SessionEndpoints.Running(account, clock.GetUtcNow(), http.User.SessionId())
                .Select(s => new SessionsPage.Row(s.StartedAt, s.ExpiresAt, s.Device, s.Current)).ToList();
            return UiPages.Render<SessionsPage>(new { Sessions = sessions });
        }).RequireAuthorization(Policies.SignedIn);
        pages.MapPost(Path + "/ueberall-abmelden", async (HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock,
            CancellationToken ct) =>
        {
            await SessionEndpoints.EndEverywhereAsync(session, http.User.AccountId()!.Value, clock, ct);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return UiPages.Done(http, UiPaths.SignIn, texts.Get("organisations.sessions.ended"));
        }).RequireAuthorization(Policies.SignedIn);
    }
}
