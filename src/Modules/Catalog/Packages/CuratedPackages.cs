using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>A package staff put together from offerings, e.g. "Einstieg KI": explainer, consultation, tour.</summary>
internal sealed record CuratedPackage(Guid Id, LocalizedText Name, IReadOnlyList<Guid> OfferingIds, DateTimeOffset CreatedAt);

/// <summary>The items of a package booking, each a booking of one session; personal data stays with the item bookings.</summary>
internal sealed record PackageBooking(Guid Id, Guid? PackageId, Guid OrganisationId, IReadOnlyList<PackageItem> Items, DateTimeOffset BookedAt);

/// <summary>
/// One item of a package booking: a booking of a session, or (no session) an enrolment in an asynchronous
/// offering, which takes no seat and is cancelled, or completed when its organisation played it through (SelfPaced).
/// </summary>
internal sealed record PackageItem(Guid? SessionId, Guid BookingId, Guid OfferingId, bool Cancelled = false, bool Completed = false);

/// <summary>Undated items of a package booking were cancelled with it (the dated ones are cancelled on their sessions).</summary>
internal sealed record PackageItemsCancelled(Guid PackageBookingId, IReadOnlyList<Guid> BookingIds, DateTimeOffset CancelledAt);

/// <summary>Staff curate packages; everyone may list them.</summary>
internal static class CuratedPackages
{
    public const int MaxItems = 10;
    private const int MaxNameLength = 200;

    public sealed record Request(LocalizedText? Name, IReadOnlyList<Guid>? OfferingIds);

    public static void MapCuratedPackages(this IEndpointRouteBuilder api)
    {
        api.MapPost("/packages", Create).RequireAuthorization(Policies.Staff).WithName("CreatePackage");
        api.MapGet("/packages", async (IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<CuratedPackage>().OrderBy(p => p.CreatedAt).ToListAsync(ct)))
            .AllowAnonymous()
            .WithName("ListPackages");
        api.MapGet("/packages/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                await session.LoadAsync<CuratedPackage>(id, ct) is { } package ? Results.Ok(package) : Results.NotFound())
            .AllowAnonymous()
            .WithName("GetPackage");
    }

    private static async Task<IResult> Create(Request body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var offeringIds = body.OfferingIds ?? [];
        var errors = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(body.Name?.De) || string.IsNullOrWhiteSpace(body.Name?.En)
                || body.Name.De.Length > MaxNameLength || body.Name.En.Length > MaxNameLength,
                "name", "catalog.package.name-required", TextArgs.Of(("max", MaxNameLength)))
            .When(offeringIds.Count is 0 or > MaxItems, "offeringIds", "catalog.package.offerings-count", TextArgs.Of(("max", MaxItems)))
            .When(offeringIds.Distinct().Count() != offeringIds.Count, "offeringIds", "catalog.package.offerings-once");
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors).ToHttpResult();
        }
        var found = await session.LoadManyAsync<CatalogEntry>(ct, offeringIds);
        if (found.Count != offeringIds.Count)
        {
            return Refusal.Invalid("offeringIds", "catalog.package.offering-unknown").ToHttpResult();
        }
        var package = new CuratedPackage(Ids.New(clock), body.Name!, offeringIds, clock.GetUtcNow());
        session.Insert(package);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/catalog/packages/{package.Id}", package);
    }
}
