using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>
/// A package staff put together from offerings, e.g. "Einstieg KI": explainer, consultation, tour. A retired one
/// (<paramref name="RetiredAt"/>) is no longer listed or bookable; bookings made before stay.
/// </summary>
internal sealed record CuratedPackage(Guid Id, LocalizedText Name, IReadOnlyList<Guid> OfferingIds, DateTimeOffset CreatedAt,
    DateTimeOffset? RetiredAt = null)
{
    public bool Retired => RetiredAt is not null;
}

/// <summary>The items of a package booking, each a booking of one session; personal data stays with the item bookings.</summary>
internal sealed record PackageBooking(Guid Id, Guid? PackageId, Guid OrganisationId, IReadOnlyList<PackageItem> Items, DateTimeOffset BookedAt);

/// <summary>
/// One item of a package booking: a booking of a session, or (no session) an enrolment in an asynchronous
/// offering, which takes no seat and is cancelled, or completed when its organisation played it through (SelfPaced).
/// </summary>
internal sealed record PackageItem(Guid? SessionId, Guid BookingId, Guid OfferingId, bool Cancelled = false, bool Completed = false);

/// <summary>Undated items of a package booking were cancelled with it (the dated ones are cancelled on their sessions).</summary>
internal sealed record PackageItemsCancelled(Guid PackageBookingId, IReadOnlyList<Guid> BookingIds, DateTimeOffset CancelledAt);

/// <summary>
/// Staff curate packages (create, revise, retire: <see cref="PackageChanges"/>); everyone may list those still offered.
/// A revision names the version it is based on in <c>If-Match</c> (required), a retirement may; a stale one answers 412.
/// </summary>
internal static class CuratedPackages
{
    public const int MaxItems = 10;

    public sealed record Request(LocalizedText? Name, IReadOnlyList<Guid>? OfferingIds);

    public static void MapCuratedPackages(this IEndpointRouteBuilder api)
    {
        api.MapPost("/packages", async (Request body, PackageChanges changes, CancellationToken ct) =>
                (await changes.CreateAsync(body, ct)).Match(
                    created => Results.Created($"/api/catalog/packages/{created.Package.Id}", created.Package).WithETag(created.Version),
                    StaleVersions.ToHttpResult))
            .RequireAuthorization(Policies.Staff).WithName("CreatePackage").Produces<CuratedPackage>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        api.MapGet("/packages", async (IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<CuratedPackage>().Where(p => p.RetiredAt == null).OrderBy(p => p.CreatedAt).ToListAsync(ct)))
            .AllowAnonymous()
            .WithName("ListPackages");
        api.MapGet("/packages/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<CuratedPackage>(id, ct) is { } package
                    ? Results.Ok(package).WithETag((await session.Events.FetchStreamStateAsync(id, ct))?.Version ?? 0)
                    : Results.NotFound())
            .AllowAnonymous()
            .WithName("GetPackage");
        api.MapPut("/packages/{id:guid}", Revise).RequireAuthorization(Policies.Staff).WithName("RevisePackage").ReadsIfMatch(true)
            .Produces<CuratedPackage>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/packages/{id:guid}/retire", async (Guid id, HttpRequest request, PackageChanges changes, CancellationToken ct) =>
                EntityTags.ReadIfMatch(request, out var expected) ?? Answer(await changes.RetireAsync(id, expected, ct)))
            .RequireAuthorization(Policies.Staff).WithName("RetirePackage").ReadsIfMatch(false)
            .Produces<CuratedPackage>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> Revise(Guid id, Request body, HttpRequest request, PackageChanges changes, CancellationToken ct)
    {
        // Bad input is told before a missing If-Match, so a client learns everything wrong with its body at once.
        var ifMatchAnswer = EntityTags.RequireIfMatch(request, out var expected);
        if (ifMatchAnswer is not null && PackageChanges.Validate(body).Count == 0)
        {
            return ifMatchAnswer;
        }
        return Answer(await changes.ReviseAsync(id, body, ifMatchAnswer is null ? expected : null, ct));
    }

    private static IResult Answer(Result<ChangedPackage> result) =>
        result.Match(changed => Results.Ok(changed.Package).WithETag(changed.Version), StaleVersions.ToHttpResult);
}
