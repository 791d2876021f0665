using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>Staff: likely duplicate organisations, merging one into another, and "not a duplicate".</summary>
internal static class DuplicateEndpoints
{
    public static void MapDuplicates(this IEndpointRouteBuilder api)
    {
        api.MapGet("/duplicates", ListAsync).RequireAuthorization(Policies.Staff).WithName("ListDuplicateOrganisations");
        // The two ids are in the body, so the 404 for one that names nothing is documented here.
        api.MapPost("/duplicates/dismissals", DismissAsync).RequireAuthorization(Policies.Staff).WithName("DismissDuplicateOrganisations")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{survivorId:guid}/merge", MergeAsync).RequireAuthorization(Policies.Staff).WithName("MergeOrganisations")
            .ReadsIfMatch(false);
    }

    private static async Task<IResult> ListAsync(HttpContext http, IQuerySession session, CancellationToken ct) =>
        Results.Ok(await DuplicateQueries.ListAsync(session, http.RequestServices.GetService<IOrganisationBookingCounts>(), ct));

    private static async Task<IResult> DismissAsync(
        DismissRequest body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        await DuplicateHandlers.DismissAsync(body, http.User, session, clock, ct) is { } refusal ? refusal.ToHttpResult() : Results.NoContent();

    private static async Task<IResult> MergeAsync(
        Guid survivorId, MergeRequest body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (EntityTags.ReadIfMatch(http.Request, out var expected) is { } unreadable)
        {
            return unreadable;
        }
        var participants = http.RequestServices.GetServices<IOrganisationMergeParticipant>();
        return (await DuplicateHandlers.MergeAsync(survivorId, body, expected, http.User, session, participants, clock, ct))
            .ToHttpResult(outcome => Results.Ok(outcome).WithETag(outcome.Version));
    }
}
