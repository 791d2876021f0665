using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Packages;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Catalog.Browse;

/// <summary>What booking from a page needs: the API handler's services, and what shows the offering again.</summary>
internal sealed record BookingServices(BookingDesk Desk, IQuerySession Query, [FromServices] IEnumerable<OfferingTypeDefinition> Types);

/// <summary>Booking a session from the offering page (the API's handler decides), and adding it to the package being built.</summary>
internal static class OfferingBookingPages
{
    public const string MyBookings = "/meine-buchungen";
    public const string Builder = "/mein-paket";

    public static void MapOfferingBookingPages(this IEndpointRouteBuilder pages)
    {
        pages.MapPost(CatalogPages.Catalog + "/{id:guid}/buchen", BookAsync).RequireAuthorization(Policies.SignedIn);
        pages.MapPost(CatalogPages.Catalog + "/{id:guid}/paket", AddToPackageAsync).RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<IResult> BookAsync(
        Guid id, IFormCollection form, HttpContext http, [AsParameters] BookingServices services, CancellationToken ct)
    {
        if (http.User.OrganisationId() is null)
        {
            return NoOrganisation(http);
        }
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        var state = FormState.From(form);
        var attendees = state.Values("attendees").Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => new BookSession.Attendee(n.Trim())).ToList();
        var contact = string.IsNullOrWhiteSpace(state.Value("contactEmail")) ? null : state.Value("contactEmail")!.Trim();
        if (!Guid.TryParse(state.Value("sessionId"), out var sessionId))
        {
            state.AddError("sessionId", texts.Get("catalog.browse.choose-date"));
            state.Summary = texts.Get("common.invalid");
            return await CatalogPages.OfferingAsync(
                id, http, services.Types, services.Query, services.Desk.Clock, state, StatusCodes.Status400BadRequest, ct);
        }
        var reply = await BookSession.BookAsync(
            sessionId, new BookSession.Request(null, attendees, contact), "", http.User, http.RequestServices, services.Desk, ct);
        if (reply.Result.Refusal is not { } refused)
        {
            var booking = reply.Result.Value;
            var message = booking.Status == "waitlisted"
                ? texts.Get("catalog.browse.booked-waitlisted", TextArgs.Of(("place", booking.WaitlistPosition)))
                : texts.Get("catalog.browse.booked");
            return UiPages.Done(http, MyBookings, message);
        }
        state.Absorb(refused, texts);
        state.Summary = refused.Kind == RefusalKind.Invalid
            ? texts.Reason(refused)
            : $"{texts.Get("catalog.browse.nothing-booked")} {texts.Reason(refused)}";
        var status = RefusalResults.StatusOf(refused.Kind);
        return await CatalogPages.OfferingAsync(id, http, services.Types, services.Query, services.Desk.Clock, state,
            status >= 500 ? StatusCodes.Status409Conflict : status, ct);
    }

    private static async Task<IResult> AddToPackageAsync(
        Guid id, IFormCollection form, HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        if (await session.LoadAsync<CatalogEntry>(id, ct) is not { Status: OfferingStatus.Published } offering)
        {
            return Results.NotFound();
        }
        Guid? sessionId = null;
        if (offering.Format != OfferingFormats.Asynchronous)
        {
            if (!Guid.TryParse(form["sessionId"].ToString(), out var chosen) || await session.LoadAsync<SessionSeats>(chosen, ct) is not { } state
                || state.OfferingId != id || state.StartsAt <= clock.GetUtcNow())
            {
                return UiPages.Failed(http, $"{CatalogPages.Catalog}/{id}", texts.Get("catalog.browse.choose-date"));
            }
            sessionId = chosen;
        }
        var items = PackageDraft.Add(http, new DraftItem(id, sessionId));
        return UiPages.Done(http, Builder, texts.Get("catalog.browse.added-to-package", TextArgs.Of(("count", items.Count))));
    }

    public static IResult NoOrganisation(HttpContext http)
    {
        Flash.Set(http, FlashKind.Info, http.RequestServices.GetRequiredService<ITexts>().Get("catalog.browse.register-first"));
        return Results.Redirect("/unternehmen/registrieren");
    }
}
