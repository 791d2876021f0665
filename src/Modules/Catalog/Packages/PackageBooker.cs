using System.Text.Json;
using JasperFx.Events;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Bookings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>
/// Decides a package booking inside the open transaction: each session stream is held exclusively, in id
/// order so two packages never deadlock; undated (asynchronous) offerings take no seat and are enrolled.
/// Appends everything or nothing; the caller saves.
/// </summary>
internal static class PackageBooker
{
    public static async Task<CommandOutcome> DecideAsync(Guid? packageId, BookPackage.Request body, PackageDependencies deps, JsonSerializerOptions json, CancellationToken ct)
    {
        var session = deps.Session;
        var package = packageId is { } pid ? await session.LoadAsync<CuratedPackage>(pid, ct) : null;
        var names = body.Attendees!.Select(a => a.Name!.Trim()).ToList();
        var organisation = body.OrganisationId!.Value;
        var now = deps.Desk.Clock.GetUtcNow();
        BookingAnswer Refuse(RejectionKind kind, string german, string english, string? field = null) => BookingAnswer.Refused(new Rejection(kind, german, english, field), json);
        // Refusals name an item by its title and date for people; the id goes along as a member of the problem.
        BookingAnswer RefuseItem(string member, Guid id, string german, string english, string? type = null) =>
            BookingAnswer.Refused(new Rejection(RejectionKind.Conflict, german, english), json, type: type, item: new Dictionary<string, object?> { [member] = id });

        var dated = new List<(IEventStream<SessionState> Stream, CatalogEntry Offering, Decision Decision, Guid BookingId)>();
        foreach (var sessionId in (body.SessionIds ?? []).Order())
        {
            if (await session.LoadAsync<SessionState>(sessionId, ct) is null)
            {
                return new(Refuse(RejectionKind.Invalid, $"Den Termin {sessionId} gibt es nicht.", $"No session {sessionId}.", "sessionIds"));
            }
            var stream = await session.Events.FetchForExclusiveWriting<SessionState>(sessionId, ct);
            if (await session.LoadAsync<CatalogEntry>(stream.Aggregate!.OfferingId, ct) is not { } offering)
            {
                return new(RefuseItem("sessionId", sessionId, $"Das Angebot des Termins am {RefusalWords.TimeDe(stream.Aggregate.StartsAt)} gibt es nicht mehr. Es wurde nichts gebucht.",
                    $"The offering of the session on {RefusalWords.TimeEn(stream.Aggregate.StartsAt)} no longer exists. Nothing was booked."));
            }
            var (itemDe, itemEn) = ($"„{offering.Title.De}“ am {RefusalWords.TimeDe(stream.Aggregate.StartsAt)}",
                $"“{offering.Title.En}” on {RefusalWords.TimeEn(stream.Aggregate.StartsAt)}");
            if (await deps.Rules.FirstHoldAsync(offering, sessionId, organisation, names.Count, ct) is { } hold)
            {
                return new(RefuseItem("sessionId", sessionId, $"Termin {itemDe}: {hold} Es wurde nichts gebucht.", $"Session {itemEn}: {hold} Nothing was booked."));
            }
            var bookingId = Ids.New(deps.Desk.Clock);
            var decision = BookingRules.Book(stream.Aggregate, offering, new BookSeats(bookingId, organisation, names.Count), deps.Desk.Window.Value, now);
            if (decision.Rejected is { } rejected)
            {
                return new(BookingAnswer.Refused(rejected.Around($"Termin {itemDe}: ", $"Session {itemEn}: ", " Es wurde nichts gebucht.", " Nothing was booked."), json,
                    item: new Dictionary<string, object?> { ["sessionId"] = sessionId }));
            }
            if (!body.WaitlistFullItems && decision.Events.OfType<BookingWaitlisted>().Any(w => w.BookingId == bookingId))
            {
                return new(RefuseItem("sessionId", sessionId,
                    $"Der Termin {itemDe} ist ausgebucht. Es wurde nichts gebucht. Buchen Sie erneut und wählen Sie die Warteliste für volle Termine.",
                    $"The session {itemEn} is full. Nothing was booked. Book again with waitlistFullItems: true to wait for full items.", BookPackage.FullItemType));
            }
            dated.Add((stream, offering, decision, bookingId));
        }
        var undated = new List<CatalogEntry>();
        foreach (var offeringId in (body.OfferingIds ?? []).Order())
        {
            var offering = await session.LoadAsync<CatalogEntry>(offeringId, ct);
            if (offering is null || offering.Format != OfferingFormats.Asynchronous)
            {
                return new(Refuse(RejectionKind.Invalid, $"Angebot {offeringId}: Hier stehen nur Angebote ohne Termin; Angebote mit Terminen buchen Sie über einen Termin.",
                    $"Offering {offeringId}: name asynchronous offerings here; book dated ones by one of their sessions.", "offeringIds"));
            }
            if (offering.Status != OfferingStatus.Published)
            {
                return new(RefuseItem("offeringId", offeringId, $"Das Angebot „{offering.Title.De}“ ist {RefusalWords.OfferingDe(offering.Status)} und nicht buchbar. Es wurde nichts gebucht.",
                    $"The offering “{offering.Title.En}” is {offering.Status}, not open for booking. Nothing was booked."));
            }
            if (await deps.Rules.FirstHoldAsync(offering, Guid.Empty, organisation, names.Count, ct) is { } hold)
            {
                return new(RefuseItem("offeringId", offeringId, $"Angebot „{offering.Title.De}“: {hold} Es wurde nichts gebucht.", $"Offering “{offering.Title.En}”: {hold} Nothing was booked."));
            }
            undated.Add(offering);
        }
        var offerings = dated.Select(i => i.Offering).Concat(undated).ToList();
        if (package is not null && !package.OfferingIds.Order().SequenceEqual(offerings.Select(o => o.Id).Order()))
        {
            return new(Refuse(RejectionKind.Invalid, "Wählen Sie zu jedem Angebot des Pakets genau einen Eintrag: einen Termin, oder das Angebot selbst, wenn es keine Termine hat.",
                "Name exactly one item of each offering of the package: a session, or the offering itself when it is asynchronous.", "sessionIds"));
        }

        var packageBookingId = Ids.New(deps.Desk.Clock);
        var contact = ContactEmail.Normalize(body.ContactEmail);
        foreach (var item in dated)
        {
            item.Stream.AppendMany(item.Decision.Events);
            session.Insert(new BookingAttendees(item.BookingId, item.Stream.Id, names, organisation, contact));
        }
        var items = dated.Select(i => new PackageItem(i.Stream.Id, i.BookingId, i.Offering.Id))
            .Concat(undated.Select(o => new PackageItem(null, Ids.New(deps.Desk.Clock), o.Id))).ToList();
        var waitlisted = dated.Count(i => i.Decision.Events.OfType<BookingWaitlisted>().Any(w => w.BookingId == i.BookingId));
        session.Events.StartStream(packageBookingId, new PackageBooked(packageBookingId, package?.Id, organisation, dated.Select(i => i.BookingId).ToList(),
            offerings.Select(o => o.Id).ToList(), offerings.SelectMany(o => o.Topics).Distinct().ToList(), waitlisted, now));
        var booking = new PackageBooking(packageBookingId, package?.Id, organisation, items, now);
        session.Insert(booking);
        var states = dated.ToDictionary(i => i.Stream.Id, i => i.Decision.Events.Aggregate(i.Stream.Aggregate!, (s, e) => s.Evolve(e)));
        var view = PackageView.Of(booking, states);
        return new(BookingAnswer.Json(StatusCodes.Status201Created, view, json, $"/api/catalog/package-bookings/{packageBookingId}"),
            token => deps.AfterCommitAsync(dated.Select(i => (i.Stream.Id, i.Decision.Events)), token));
    }
}
