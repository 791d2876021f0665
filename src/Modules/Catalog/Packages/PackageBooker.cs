using System.Text.Json;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
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
    /// <summary>The reason code of the refusal for a full dated item (booking again with the waitlist option helps).</summary>
    public const string FullItemCode = "catalog.package-session-full";

    public static async Task<CommandOutcome> DecideAsync(
        Guid? packageId, BookPackage.Request body, PackageDependencies deps, JsonSerializerOptions json, CancellationToken ct)
    {
        var session = deps.Session;
        var package = packageId is { } pid ? await session.LoadAsync<CuratedPackage>(pid, ct) : null;
        var names = body.Attendees!.Select(a => a.Name!.Trim()).ToList();
        var organisation = body.OrganisationId!.Value;
        var now = deps.Desk.Clock.GetUtcNow();
        var texts = deps.Desk.Texts;
        BookingAnswer Refuse(string field, string code, TextArgs args) => BookingAnswer.Refused(Refusal.Invalid(field, code, args), texts, json);
        // Refusals name an item by its title and date for people; the id goes along as a member of the problem.
        BookingAnswer RefuseItem(string member, Guid id, string code, TextArgs args, string? type = null) =>
            BookingAnswer.Refused(Refusal.Conflict(code, args), texts, json, type: type, item: new Dictionary<string, object?> { [member] = id });

        var dated = new List<(SessionState State, CatalogEntry Offering, Decision Decision, Guid BookingId)>();
        var sessionIds = (body.SessionIds ?? []).Distinct().Order().ToList();
        var held = sessionIds.Count == 0
            ? new Dictionary<Guid, SessionState>()
            : await SessionWrites.LockAsync(session, sessionIds, [], [organisation], ct, bookingOnly: true);
        foreach (var sessionId in sessionIds)
        {
            if (held.GetValueOrDefault(sessionId) is not { } state)
            {
                return new(Refuse("sessionIds", "catalog.package-session-unknown", TextArgs.Of(("sessionId", sessionId))));
            }
            if (await session.LoadAsync<CatalogEntry>(state.OfferingId, ct) is not { } offering)
            {
                return new(RefuseItem("sessionId", sessionId, "catalog.package-session-offering-gone", TextArgs.Of(("startsAt", state.StartsAt))));
            }
            var item = TextArgs.Of(("title", offering.Title), ("startsAt", state.StartsAt));
            if (await deps.Rules.FirstHoldAsync(offering, sessionId, organisation, names.Count, ct) is { } hold)
            {
                return new(RefuseItem("sessionId", sessionId, "catalog.package-session-held", item.With("hold", hold)));
            }
            var bookingId = Ids.New(deps.Desk.Clock);
            var decision = BookingDecider.Book(state, offering, new BookSeats(bookingId, organisation, names.Count), deps.Desk.Window.Value, now);
            if (decision.Refused is { } refused)
            {
                var around = refused with { Code = "catalog.package-session-refused", Args = item.With("reason", TextCode.Of(refused)) };
                return new(BookingAnswer.Refused(around, texts, json,
                    item: new Dictionary<string, object?> { ["sessionId"] = sessionId }));
            }
            if (!body.WaitlistFullItems && decision.Events.OfType<BookingWaitlisted>().Any(w => w.BookingId == bookingId))
            {
                return new(RefuseItem("sessionId", sessionId, FullItemCode, item, BookPackage.FullItemType));
            }
            dated.Add((state, offering, decision, bookingId));
        }
        var undated = new List<CatalogEntry>();
        foreach (var offeringId in (body.OfferingIds ?? []).Order())
        {
            var offering = await session.LoadAsync<CatalogEntry>(offeringId, ct);
            if (offering is null || offering.Format != OfferingFormats.Asynchronous)
            {
                return new(Refuse("offeringIds", "catalog.package-offering-dated", TextArgs.Of(("offeringId", offeringId))));
            }
            if (offering.Status != OfferingStatus.Published)
            {
                return new(RefuseItem("offeringId", offeringId, "catalog.package-offering-not-bookable",
                    TextArgs.Of(("title", offering.Title), ("status", RefusalWords.Offering(offering.Status)))));
            }
            if (await deps.Rules.FirstHoldAsync(offering, Guid.Empty, organisation, names.Count, ct) is { } hold)
            {
                return new(RefuseItem("offeringId", offeringId, "catalog.package-offering-held",
                    TextArgs.Of(("title", offering.Title), ("hold", hold))));
            }
            undated.Add(offering);
        }
        var offerings = dated.Select(i => i.Offering).Concat(undated).ToList();
        if (package is not null && !package.OfferingIds.Order().SequenceEqual(offerings.Select(o => o.Id).Order()))
        {
            return new(Refuse("sessionIds", "catalog.package-items-mismatch", TextArgs.None));
        }

        var packageBookingId = Ids.New(deps.Desk.Clock);
        var contact = ContactEmail.Normalize(body.ContactEmail);
        var states = new Dictionary<Guid, SessionState>();
        foreach (var item in dated)
        {
            states[item.State.Id] = SessionWrites.Record(session, item.State, item.Decision.Events);
            session.Insert(new BookingAttendees(item.BookingId, item.State.Id, names, organisation, contact));
        }
        var items = dated.Select(i => new PackageItem(i.State.Id, i.BookingId, i.Offering.Id))
            .Concat(undated.Select(o => new PackageItem(null, Ids.New(deps.Desk.Clock), o.Id))).ToList();
        var waitlisted = dated.Count(i => i.Decision.Events.OfType<BookingWaitlisted>().Any(w => w.BookingId == i.BookingId));
        session.Events.StartStream(packageBookingId, new PackageBooked(packageBookingId, package?.Id, organisation,
            dated.Select(i => i.BookingId).ToList(), offerings.Select(o => o.Id).ToList(), offerings.SelectMany(o => o.Topics).Distinct().ToList(),
            waitlisted, now));
        var booking = new PackageBooking(packageBookingId, package?.Id, organisation, items, now);
        session.Insert(booking);
        var view = PackageView.Of(booking, states);
        return new(BookingAnswer.Json(StatusCodes.Status201Created, view, json, $"/api/catalog/package-bookings/{packageBookingId}"),
            token => deps.AfterCommitAsync(dated.Select(i => (i.State.Id, i.Decision.Events)), token));
    }
}
