using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Privacy;
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
        api.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.SignedIn).WithName("UpdateOrganisation");
        api.MapGet("/{id:guid}/members", MembersAsync).RequireAuthorization(Policies.SignedIn).WithName("ListMembers");
    }

    internal static async Task<IResult> RegisterAsync(OrganisationInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = body.Validate();
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var user = http.User;
        if (!user.IsStaff() && user.OrganisationId() is not null)
        {
            return Results.Problem(statusCode: 409, title: "You already belong to an organisation.");
        }
        var id = Ids.New(clock);
        var accountId = user.AccountId()!.Value;
        var registered = new OrganisationRegistered(id, body.Name!.Trim(), body.Kind!, body.Industry!, body.SizeClass!, body.FederalState!, body.Postcode!, accountId);
        return await session.RetryOnConflictAsync(async token =>
        {
            if (user.IsStaff())
            {
                session.Events.StartStream(id, registered);
            }
            else
            {
                // The person who registers the organisation administers it. Decided on the account's version, so of
                // two registrations at once the second finds the account joined and answers 409.
                var account = await session.Events.FetchForWriting<Account>(accountId, token);
                if (account.Aggregate?.OrganisationId is not null)
                {
                    return Results.Problem(statusCode: 409, title: "You already belong to an organisation.");
                }
                session.Events.StartStream(id, registered, new MemberJoined(id, accountId, true));
                account.AppendOne(new JoinedOrganisation(accountId, id, true));
                await ResearchConsentOfOrganisation.DecideAsync(session, id, MembershipChange.Joined(accountId), clock.GetUtcNow(), token);
            }
            session.Profiled(id, body, clock);
            await session.SaveChangesAsync(token);
            return Results.Created($"/api/organisations/{id}", new { id });
        }, ct);
    }

    private static async Task<IResult> ListAsync(int? skip, int? take, IQuerySession session, CancellationToken ct) =>
        Results.Ok(await session.Query<Organisation>().Where(o => !o.Erased).OrderBy(o => o.Name)
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

    private static async Task<IResult> UpdateAsync(Guid id, OrganisationInput body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(id, ct);
        if (organisation is null || organisation.Erased || !http.User.MaySee(id))
        {
            return Results.NotFound();
        }
        if (!http.User.IsStaff() && !http.User.IsOrganisationAdmin())
        {
            return Results.Forbid();
        }
        var problems = body.Validate();
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        if (EntityTags.ReadIfMatch(http.Request, out var expected) is { } unreadable)
        {
            return unreadable;
        }
        if (expected is { } named && named != organisation.Version)
        {
            return EntityTags.Stale(organisation.Version);
        }
        session.Events.Append(id, organisation.Version + 1,
            new OrganisationDetailsChanged(id, body.Name!.Trim(), body.Kind!, body.Industry!, body.SizeClass!, body.FederalState!, body.Postcode!));
        session.Profiled(id, body, clock);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return EntityTags.Stale(null);
        }
        EntityTags.Write(http.Response, organisation.Version + 1);
        return Results.NoContent();
    }

    private static async Task<IResult> MembersAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(id, ct);
        if (organisation is null || organisation.Erased || !http.User.MaySee(id))
        {
            return Results.NotFound();
        }
        var ids = organisation.Members.Select(m => m.AccountId).ToArray();
        var accounts = await session.LoadManyAsync<Account>(ct, ids);
        return Results.Ok(accounts.Select(a => new { accountId = a.Id, a.DisplayName, a.Email, isAdmin = organisation.Members.Any(m => m.AccountId == a.Id && m.IsAdmin) }));
    }

    internal static object View(Organisation o) => new { o.Id, o.Name, o.Kind, o.Industry, o.SizeClass, o.FederalState, o.Postcode, o.Version };
}
