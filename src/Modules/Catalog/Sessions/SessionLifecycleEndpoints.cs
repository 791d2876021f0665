using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// <c>PUT /sessions/{id}</c> moves a session (new times and/or capacity; <c>If-Match</c> with the session's ETag required)
/// and <c>POST /sessions/{id}/cancel</c> cancels it with a reason (<c>If-Match</c> optional). Both answer the session with
/// its new ETag.
/// </summary>
internal static class SessionLifecycleEndpoints
{
    public static void MapSessionLifecycle(this IEndpointRouteBuilder api)
    {
        api.MapPut("/sessions/{id:guid}",
                async (Guid id, MoveSessionInput body, HttpContext http, [AsParameters] StaffSessionChanges.Context context, CancellationToken ct) =>
                    EntityTags.RequireIfMatch(http.Request, out var expected) is { } answer
                        ? answer
                        : Answer(await SessionLifecycle.MoveAsync(id, body, expected, http.User, context, ct)))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("MoveSession").ReadsIfMatch(true)
            .Produces<SessionView>();
        api.MapPost("/sessions/{id:guid}/cancel",
                async (Guid id, CancelSessionInput body, HttpContext http, [AsParameters] StaffSessionChanges.Context context,
                    CancellationToken ct) =>
                    EntityTags.ReadIfMatch(http.Request, out var expected) is { } answer
                        ? answer
                        : Answer(await SessionLifecycle.CancelAsync(id, body, expected, http.User, context, ct)))
            .RequireAuthorization(Policies.OfferingManager)
            .WithName("CancelSession").ReadsIfMatch(false)
            .Produces<SessionView>();
    }

    private static IResult Answer(Result<SessionSeats> result) =>
        result.Match(seats => Results.Ok(SessionView.Of(seats)).WithETag(seats.Changes), StaleVersions.ToHttpResult);
}
