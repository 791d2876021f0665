using JasperFx;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
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
        api.MapPost("/packages/{id:guid}/bookings", (Guid id, Request body, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
                Handle(id, body, http, deps, ct))
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("BookCuratedPackage");
        api.MapPost("/package-bookings", (Request body, HttpContext http, [AsParameters] PackageDependencies deps, CancellationToken ct) =>
                Handle(null, body, http, deps, ct))
            .RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("BookAssembledPackage");
    }

    internal static async Task<IResult> Handle(Guid? packageId, Request body, HttpContext http, PackageDependencies deps, CancellationToken ct)
    {
        var organisationId = body.OrganisationId ?? http.User.OrganisationId();
        if (organisationId is { } requested && requested != Guid.Empty && !http.User.MaySee(requested))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You can book only for your own organisation.");
        }
        var key = Idempotency.Read(http.Request);
        var sessionIds = body.SessionIds ?? [];
        var undated = body.OfferingIds ?? [];
        var problems = new FieldProblems()
            .When(organisationId is null || organisationId == Guid.Empty, "organisationId", "Die buchende Organisation fehlt.", "The booking organisation is required.")
            .When(body.Attendees is null || body.Attendees.Count is 0 or > BookSession.MaxAttendees, "attendees",
                $"Nennen Sie 1 bis {BookSession.MaxAttendees} teilnehmende Personen.", $"Name between 1 and {BookSession.MaxAttendees} attendees.")
            .When(body.Attendees?.Any(a => string.IsNullOrWhiteSpace(a?.Name) || a.Name.Length > 200) ?? false, "attendees",
                "Jede teilnehmende Person braucht einen Namen (bis 200 Zeichen).", "Every attendee needs a name (up to 200 characters).")
            .When(sessionIds.Count + undated.Count is 0 or > CuratedPackages.MaxItems, "sessionIds",
                $"1 bis {CuratedPackages.MaxItems} Einträge (Termine und Angebote ohne Termin).", $"Between 1 and {CuratedPackages.MaxItems} items (sessions and undated offerings).")
            .When(sessionIds.Distinct().Count() != sessionIds.Count, "sessionIds", "Jeden Termin höchstens einmal.", "Each session at most once.")
            .When(undated.Distinct().Count() != undated.Count, "offeringIds", "Jedes Angebot höchstens einmal.", "Each offering at most once.")
            .When(!Idempotency.IsValid(key), Idempotency.Header, "Höchstens 200 Zeichen.", "At most 200 characters.")
            .When(body.ContactEmail is not null && !ContactEmail.IsValid(body.ContactEmail), "contactEmail",
                "Eine gültige E-Mail-Adresse (bis 254 Zeichen) oder nichts.", "A valid e-mail address (up to 254 characters) or nothing.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        if (packageId is { } pid && await deps.Session.LoadAsync<CuratedPackage>(pid, ct) is null)
        {
            return Results.NotFound();
        }
        var json = deps.Desk.Json.SerializerOptions;
        // Keys are the organisation's own: another organisation's identical key never meets this one.
        var id = key.Length == 0 ? null : $"package:{packageId?.ToString() ?? "assembled"}:{organisationId}:{key}";
        try
        {
            return await Idempotency.RunAsync(http, deps.Session, deps.Store, id, Idempotency.Fingerprint(body, json), json, deps.Desk.Clock,
                () => PackageBooker.DecideAsync(packageId, body with { OrganisationId = organisationId }, deps, json, ct), ct);
        }
        catch (ConcurrencyException)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                title: UiText.T("Ein Termin des Pakets wird gerade geändert. Es wurde nichts gebucht.", "A session of the package is busy. Nothing was booked."),
                detail: UiText.T("Versuchen Sie es gleich noch einmal.", "Retry shortly."));
        }
    }
}
