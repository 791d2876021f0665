using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Centers.Resolution;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>
/// Centers over the API (<c>/api/centers</c>), adapters over <see cref="CenterHandlers"/> as the pages are: platform
/// administrators list, create and change them (a change names its version in If-Match); anyone may ask which center
/// the request reached (<c>GET /current</c>: name, logo, colours, contact, as a page header will show them).
/// </summary>
internal static class CenterEndpoints
{
    public static void MapCenters(this IEndpointRouteBuilder api)
    {
        api.MapGet("/", List).RequireAuthorization(Policies.PlatformAdmin).WithName("ListCenters").Produces<IReadOnlyList<Center>>();
        api.MapGet("/current", Current).AllowAnonymous().WithName("GetCurrentCenter").Produces<Center>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.PlatformAdmin).WithName("GetCenter").Produces<Center>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", Create).RequireAuthorization(Policies.PlatformAdmin).WithName("CreateCenter")
            .Produces<Center>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id:guid}", Change).RequireAuthorization(Policies.PlatformAdmin).WithName("ChangeCenter").ReadsIfMatch(true)
            .Produces<Center>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> List(IQuerySession session, CancellationToken ct) => Results.Ok(await CenterHandlers.ListAsync(session, ct));

    private static async Task<IResult> Current(HttpContext http, CurrentCenter current, CancellationToken ct) =>
        await current.CenterAsync(http.Request, ct) is { } center
            ? Results.Ok(center)
            : Refusal.NotFound("centers.none-yet").ToHttpResult();

    private static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        (await CenterHandlers.GetAsync(id, session, ct)).ToHttpResult(found => Results.Ok(found.Center).WithETag(found.Version));

    private static async Task<IResult> Create(CenterInput? body, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        (await CenterHandlers.CreateAsync(body ?? Empty, session, clock, ct)).ToHttpResult(created =>
            Results.Created($"/api/centers/{created.Center.Id}", created.Center).WithETag(created.Version));

    private static async Task<IResult> Change(Guid id, CenterInput? body, HttpContext http, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        EntityTags.RequireIfMatch(http.Request, out var version) is { } answer ? answer
            : (await CenterHandlers.ChangeAsync(id, version, body ?? Empty, session, clock, ct))
                .ToHttpResult(changed => Results.Ok(changed.Center).WithETag(changed.Version));

    private static CenterInput Empty { get; } = new(null, null, null, null, null, null, null, null, null, null);
}
