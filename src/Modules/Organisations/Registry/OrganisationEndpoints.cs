using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>Register, read and edit organisations. Another organisation's data answers 404, never 403.</summary>
internal static class OrganisationEndpoints
{
    public static void MapRegistry(this IEndpointRouteBuilder api)
    {
        api.MapPost("/", RegisterAsync).RequireAuthorization(Policies.SignedIn).WithName("RegisterOrganisation");
        api.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff).WithName("ListOrganisations");
        api.MapGet("/mine", async (HttpContext http, IQuerySession session, CancellationToken ct) =>
                await GetAsync(http.User.OrganisationId()!.Value, http, session, ct))
            .RequireAuthorization(Policies.OrganisationMember).WithName("GetMyOrganisation");
        api.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.SignedIn).WithName("GetOrganisation");
        api.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.SignedIn).WithName("UpdateOrganisation").ReadsIfMatch(false);
        api.MapGet("/{id:guid}/members", MembersAsync).RequireAuthorization(Policies.SignedIn).WithName("ListMembers");
    }

    private static async Task<IResult> RegisterAsync(
        OrganisationInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        (await OrganisationHandlers.RegisterAsync(body, http.User, session, clock, ct))
            .ToHttpResult(id => Results.Created($"/api/organisations/{id}", new { id }));

    private static async Task<IResult> ListAsync(int? skip, int? take, IQuerySession session, CancellationToken ct) =>
        Results.Ok(await session.Query<Organisation>().Where(o => !o.Erased && o.MergedInto == null).OrderBy(o => o.Name)
            .Skip(Math.Max(skip ?? 0, 0)).Take(Math.Clamp(take ?? 50, 1, 200)).ToListAsync(ct));

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(id, ct);
        if (organisation is null || organisation.Erased || !http.User.MaySee(id))
        {
            return Results.NotFound();
        }
        EntityTags.Write(http.Response, organisation.Version);
        return Results.Ok(View(organisation));
    }

    private static async Task<IResult> UpdateAsync(
        Guid id, OrganisationInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (EntityTags.ReadIfMatch(http.Request, out var expected) is { } unreadable)
        {
            return unreadable;
        }
        return (await OrganisationHandlers.UpdateAsync(id, body, expected, http.User, session, clock, ct))
            .ToHttpResult(version => Results.NoContent().WithETag(version));
    }

    private static async Task<IResult> MembersAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(id, ct);
        if (organisation is null || !organisation.Live || !http.User.MaySee(id))
        {
            return Results.NotFound();
        }
        var ids = organisation.Members.Select(m => m.AccountId).ToArray();
        var accounts = await session.LoadManyAsync<Account>(ct, ids);
        return Results.Ok(accounts.Select(a => new
        {
            accountId = a.Id,
            a.DisplayName,
            a.Email,
            isAdmin = organisation.Members.Any(m => m.AccountId == a.Id && m.IsAdmin),
        }));
    }

    internal static object View(Organisation o) =>
        new { o.Id, o.Name, o.Kind, o.Industry, o.SizeClass, o.FederalState, o.Postcode, o.Version, o.MergedInto, o.Absorbed };
}
