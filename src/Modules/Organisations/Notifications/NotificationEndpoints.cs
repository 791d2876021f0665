using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Notifications;

/// <summary>
/// <c>GET</c> and <c>PUT /api/organisations/accounts/me/notifications</c>: which reminder-type mails the signed-in person
/// receives. <c>PUT</c> takes every field (400 naming a missing one) and answers the settings now held.
/// </summary>
internal static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder api)
    {
        api.MapGet("/accounts/me/notifications", GetAsync).RequireAuthorization(Policies.SignedIn).WithName("GetMyNotificationSettings")
            .Produces<NotificationSettings>();
        api.MapPut("/accounts/me/notifications", SetAsync).RequireAuthorization(Policies.SignedIn).WithName("SetMyNotificationSettings")
            .Produces<NotificationSettings>();
    }

    private static async Task<IResult> GetAsync(HttpContext http, IQuerySession session, CancellationToken ct) =>
        (await NotificationHandlers.GetAsync(http.User.AccountId()!.Value, session, ct)).ToHttpResult(Results.Ok);

    private static async Task<IResult> SetAsync(
        NotificationSettings body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        (await NotificationHandlers.SetAsync(http.User.AccountId()!.Value, body, session, clock, ct)).ToHttpResult(Results.Ok);
}
