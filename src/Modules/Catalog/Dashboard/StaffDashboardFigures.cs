namespace Kompetenzzentrum.Modules.Catalog.Dashboard;

/// <summary>The staff dashboard's figures, over the offerings the caller manages (of one type, in a period when filtered).</summary>
/// <param name="BookingsPerWeek">New bookings per ISO week (Berlin time), the last 12 weeks (or the period's), oldest first, weeks without
/// any included.</param>
/// <param name="FillRates">Seats taken / capacity per offering type, of the sessions that started in the last 90 days (or the period).</param>
/// <param name="NoShows">Bookings marked as no-show / bookings with attendance marked, same sessions.</param>
/// <param name="Waitlists">The 10 upcoming sessions with the longest waitlists.</param>
/// <param name="FreeSeats">Sessions in the next 30 days that still have free seats, soonest first.</param>
/// <param name="Filter">The filters applied (<c>type</c>, <c>from</c>, <c>to</c>); a given bound replaces each chart's own.</param>
internal sealed record StaffDashboardFigures(
    IReadOnlyList<WeekBookings> BookingsPerWeek,
    IReadOnlyList<TypeFillRate> FillRates,
    NoShowRate NoShows,
    IReadOnlyList<DashboardSession> Waitlists,
    IReadOnlyList<DashboardSession> FreeSeats,
    AppliedFilter Filter);

/// <summary>The dashboard's filters as applied: the offering type (null for all) and the period's days (null: each chart's own).</summary>
internal sealed record AppliedFilter(string? Type, DateOnly? From, DateOnly? To);

/// <summary>Bookings made in one ISO week, e.g. <c>2026-W49</c>.</summary>
internal sealed record WeekBookings(string Week, int Bookings);

/// <summary>Seats taken and capacity of one offering type's sessions; <see cref="Rate"/> between 0 and 1.</summary>
internal sealed record TypeFillRate(string OfferingType, int Taken, int Capacity, double Rate);

/// <summary>No-shows among the bookings whose attendance staff marked; <see cref="Rate"/> is 0 when none was marked.</summary>
internal sealed record NoShowRate(int NoShows, int Marked, double Rate);

/// <summary>An upcoming session with its seats and waitlist.</summary>
internal sealed record DashboardSession(
    Guid SessionId, Guid OfferingId, string OfferingType, string Title, DateTimeOffset StartsAt, int Capacity, int Free, int Waiting);
