using System.Security.Claims;
using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>
/// Books every item of a package (curated, or assembled by the organisation) in one transaction: dated items
/// name a session (<c>sessionIds</c>), asynchronous offerings without sessions are named directly
/// (<c>offeringIds</c>). When a dated item would only go to the waitlist, nothing is booked (409) unless the
/// organisation chose <c>waitlistFullItems</c>. An <c>Idempotency-Key</c> makes a retry return the first answer.
/// A refusal about one item names it by title and date and carries its id (<c>sessionId</c> or <c>offeringId</c>).
/// </summary>
internal static class BookPackage
{
    /// <summary>The problem type of the refusal for a full dated item (booking again with the waitlist option helps).</summary>
    public const string FullItemType = "urn:kompetenzzentrum:package-item-full";

    public sealed record Request(
        Guid? OrganisationId, IReadOnlyList<BookSession.Attendee>? Attendees, IReadOnlyList<Guid>? SessionIds, bool WaitlistFullItems = false,
        string? ContactEmail = null, IReadOnlyList<Guid>? OfferingIds = null);

    public static void MapBookPackage(this IEndpointRouteBuilder api)
    {
        api.MapPost("/packages/{id:guid}/bookings", (
                    Guid id, Request body, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
                Handle(id, body, http, deps, ct))
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("BookCuratedPackage");
        api.MapPost("/package-bookings", (Request body, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
                Handle(null, body, http, deps, ct))
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("BookAssembledPackage");
    }

    private static async Task<IResult> Handle(Guid? packageId, Request body, HttpContext http, PackageDependencies deps, CancellationToken ct) =>
        (await BookAsync(packageId, body, Idempotency.Read(http.Request), http.User, deps, ct)).ToHttpResult(http);

    /// <summary>
    /// Books every item of a package, or nothing. <paramref name="key"/> is the request's Idempotency-Key ("" for none).
    /// </summary>
    internal static async Task<CommandReply<PackageView>> BookAsync(
        Guid? packageId, Request body, string key, ClaimsPrincipal user, PackageDependencies deps, CancellationToken ct)
    {
        var organisationId = body.OrganisationId ?? user.OrganisationId();
        if (organisationId is { } requested && requested != Guid.Empty && !user.MaySee(requested))
        {
            return CommandReply<PackageView>.Refused(Refusal.Forbidden("catalog.book-own-organisation"));
        }
        if (Validate(body, organisationId, key) is { Count: > 0 } errors)
        {
            return CommandReply<PackageView>.Refused(Refusal.Invalid(errors));
        }
        var package = packageId is { } pid ? await deps.Session.LoadAsync<CuratedPackage>(pid, ct) : null;
        if (packageId is not null && package is null)
        {
            return CommandReply<PackageView>.Refused(Refusal.NotFound("catalog.package-not-found"));
        }
        if (package?.Retired == true)
        {
            return CommandReply<PackageView>.Refused(Refusal.Conflict("catalog.package.retired"));
        }
        var json = deps.Desk.Json.SerializerOptions;
        var booking = body with
        {
            OrganisationId = organisationId,
            ContactEmail = await deps.Desk.RecipientAsync(body.ContactEmail, user, organisationId!.Value, ct),
        };
        // Keys are the organisation's own: another organisation's identical key never meets this one.
        var id = key.Length == 0 ? null : $"package:{packageId?.ToString() ?? "assembled"}:{organisationId}:{key}";
        try
        {
            return CommandReply<PackageView>.Of(await Idempotency.RunAsync(
                deps.Desk.Texts, deps.Session, deps.Store, id, Idempotency.Fingerprint(body, json), json, deps.Desk.Clock,
                () => PackageBooker.DecideAsync(packageId, booking, deps, json, ct), ct));
        }
        catch (ConcurrencyException)
        {
            return CommandReply<PackageView>.Refused(Refusal.Unavailable("catalog.package-session-busy"));
        }
    }

    private static List<FieldError> Validate(Request body, Guid? organisationId, string key)
    {
        var sessionIds = body.SessionIds ?? [];
        var undated = body.OfferingIds ?? [];
        var errors = new FieldErrors();
        errors.When(organisationId is null || organisationId == Guid.Empty, "organisationId", "catalog.organisation-required");
        errors.When(body.Attendees is null || body.Attendees.Count is 0 or > BookSession.MaxAttendees, "attendees", "catalog.package-attendees",
            TextArgs.Of(("max", BookSession.MaxAttendees)));
        errors.When(body.Attendees?.Any(a => string.IsNullOrWhiteSpace(a?.Name) || a.Name.Length > 200) ?? false,
            "attendees", "catalog.attendee-name");
        errors.When(sessionIds.Count + undated.Count is 0 or > CuratedPackages.MaxItems, "sessionIds", "catalog.package-items-count",
            TextArgs.Of(("max", CuratedPackages.MaxItems)));
        errors.When(sessionIds.Distinct().Count() != sessionIds.Count, "sessionIds", "catalog.package-session-twice");
        errors.When(undated.Distinct().Count() != undated.Count, "offeringIds", "catalog.package-offering-twice");
        errors.When(!Idempotency.IsValid(key), Idempotency.Header, "catalog.key-too-long");
        errors.When(body.ContactEmail is not null && !ContactEmail.IsValid(body.ContactEmail), "contactEmail", "catalog.contact-email");
        return errors;
    }
}
