using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Kompetenzzentrum.Host.Security;

/// <summary>
/// A cookie or token that decrypts but that its account no longer accepts (the session ended, the account was
/// erased; the organisations module leaves such a request with an anonymous user) is answered like no sign-in at
/// all: 401 on the API, the sign-in page for pages, never 403. Staff at another center's address get 403 problem
/// details with the code <see cref="CenterRequirement.OtherCenter"/> (pages: the 403 page).
/// </summary>
internal sealed class ChallengeAnonymous : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        if (authorizeResult.Forbidden && signedIn && CenterRequirement.RefusedFor(authorizeResult.AuthorizationFailure))
        {
            return Refusal.Forbidden(CenterRequirement.OtherCenter).ToHttpResult().ExecuteAsync(context);
        }
        return _default.HandleAsync(next, context, policy,
            authorizeResult.Forbidden && !signedIn ? PolicyAuthorizationResult.Challenge() : authorizeResult);
    }
}
