using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Tokens;

/// <summary>
/// Analysts manage their personal access tokens for the OData feed: list, create (the secret is shown once, on
/// the answer to the form, never stored in a cookie or a redirect) and revoke, through the same handlers as the API (<see cref="TokenHandlers"/>).
/// </summary>
internal static class TokenPages
{
    public const string Path = "/analyse/zugaenge";

    public static void MapTokenPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, async (HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            await RenderAsync(http, session, clock, FormState.Empty(), null, StatusCodes.Status200OK, ct)).RequireAuthorization(Policies.Analyst);
        pages.MapPost(Path, CreateAsync).RequireAuthorization(Policies.Analyst);
        pages.MapPost(Path + "/{id:guid}/widerrufen", async (
                Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            await TokenHandlers.RevokeAsync(id, http.User.AccountId(), session, clock, ct) is { } refusal
                ? UiPages.Failed(http, Path, texts.Reason(refusal))
                : UiPages.Done(http, Path, texts.Get("organisations.token-revoked")))
            .RequireAuthorization(Policies.Analyst);
    }

    private static async Task<IResult> CreateAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        var request = FormBinder.Bind<TokenEndpoints.CreateToken>(state, texts);
        if (request is null)
        {
            state.Summary ??= texts.Get("common.invalid");
            return await RenderAsync(http, session, clock, state, null, StatusCodes.Status400BadRequest, ct);
        }
        var result = await TokenHandlers.CreateAsync(request, http.User.AccountId()!.Value, session, clock, ct);
        if (result.Refusal is { } refusal)
        {
            state.Absorb(refusal, texts);
            return await RenderAsync(http, session, clock, state, null, StatusCodes.Status400BadRequest, ct);
        }
        return await RenderAsync(http, session, clock, FormState.Empty(), result.Value.Token, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> RenderAsync(
        HttpContext http, IQuerySession session, TimeProvider clock, FormState state, string? secret, int status, CancellationToken ct)
    {
        var account = http.User.AccountId();
        var now = clock.GetUtcNow();
        var tokens = account is null
            ? []
            : await session.Query<AccessToken>().Where(t => t.AccountId == account.Value).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
        // The secret must not stay in a cache or the browser's history.
        http.Response.Headers.CacheControl = "no-store";
        return UiPages.Render<TokensPage>(new
        {
            Tokens = tokens
                .Select(t => new TokensPage.TokenRow(t.Id, t.Name, t.Scopes, t.CreatedAt, t.ExpiresAt, t.RevokedAt is not null, t.ExpiresAt <= now))
                .ToList(),
            State = state,
            Secret = secret,
            Scopes = AccessTokenValidator.KnownScopes,
        }, status);
    }
}
