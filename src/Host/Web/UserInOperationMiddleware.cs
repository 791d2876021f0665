using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Host.Persistence;

namespace Kompetenzzentrum.Host.Web;

/// <summary>
/// After authentication, records the acting account in the operation context, so every event stores who
/// acted. The account id, never the e-mail address: user names in events must survive an erasure.
/// </summary>
internal sealed class UserInOperationMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (OperationContext.Current is { } operation && context.User.Identity?.IsAuthenticated == true)
        {
            OperationContext.Current = operation with { UserName = context.User.AccountId()?.ToString() ?? context.User.Identity.Name };
        }
        return next(context);
    }
}
