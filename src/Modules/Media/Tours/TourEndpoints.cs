using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Media.Editing;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Media.Tours;

/// <summary>
/// Host company, address and agenda of an experience tour; booked through the catalog like any offering.
/// The first PUT describes the tour; changing or deleting an existing description needs its ETag in If-Match
/// (adapters over <see cref="TourHandlers"/>).
/// </summary>
internal static class TourEndpoints
{
    public static void MapTours(this IEndpointRouteBuilder api)
    {
        api.MapPut("/tours/{offeringId:guid}", Set).RequireAuthorization(Policies.Staff).WithName("SetTourDetails").ReadsIfMatch(false);
        api.MapDelete("/tours/{offeringId:guid}", Remove).RequireAuthorization(Policies.Staff).WithName("DeleteTourDetails").ReadsIfMatch(true);
        api.MapGet("/tours/{offeringId:guid}", async (Guid offeringId, HttpContext http, IQuerySession session, CancellationToken ct) =>
        {
            if (await session.LoadAsync<TourDetails>(offeringId, ct) is not { } tour)
            {
                return Results.NotFound();
            }
            if (await VersionedChange.VersionAsync(session, TourStreams.Of(offeringId), ct) is { } version)
            {
                EntityTags.Write(http.Response, version);
            }
            return Results.Ok(tour);
        }).AllowAnonymous().WithName("GetTourDetails");
    }

    private static async Task<IResult> Remove(Guid offeringId, HttpContext http, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        EntityTags.RequireIfMatch(http.Request, out var version) is { } answer ? answer
            : (await TourHandlers.RemoveAsync(offeringId, version, session, clock, ct)).Match(_ => Results.NoContent(), VersionedResults.Refused);

    // If-Match is optional here: a first description names no version, a change of an existing one must (428 without).
    private static async Task<IResult> Set(Guid offeringId, SetTourDetails body, HttpContext http, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        EntityTags.ReadIfMatch(http.Request, out var version) is { } answer ? answer
            : (await TourHandlers.SetAsync(offeringId, body, version, session, clock, ct)).ToTaggedResult(http, tour => Results.Ok(tour));
}
