using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Kompetenzzentrum.Host.Security;

/// <summary>
/// A cookie or token that decrypts but that its account no longer accepts (the session ended, the account was
/// erased; the organisations module leaves such a request with an anonymous user) is answered like no sign-in at
/// all: 401 on the API, the sign-in page for pages, never 403.
/// </summary>
internal sealed class ChallengeAnonymous : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        _default.HandleAsync(next, context, policy,
            authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true ? PolicyAuthorizationResult.Challenge() : authorizeResult);
}
