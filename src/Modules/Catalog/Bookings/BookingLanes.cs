using Microsoft.Extensions.Configuration;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// How the booking API bounds its own work. The host's limit on concurrent writes does not apply to it: a booking
/// waiting in a lane holds no database connection, and had it held a place among the host's writes meanwhile, the
/// waiting requests would keep as many bookings out of the next shared transaction.
/// </summary>
/// <param name="Count">
/// Shared booking transactions running at a time (<c>Modules:catalog:BookingLanes</c>, default 1; 0 books every
/// booking on its own). One lane gathers the most bookings per transaction; more let bookings of other sessions go on
/// while one transaction waits for a session that staff are changing.
/// </param>
/// <param name="Queue">Bookings waiting in one lane (<c>Modules:catalog:BookingQueue</c>, default 10,000); beyond, 503.</param>
/// <param name="Solo">
/// Bookings decided in their own transaction at a time (<c>Modules:catalog:SoloBookings</c>, default 16): types with
/// booking rules, and bookings whose shared transaction failed. Each holds a connection while it waits for the
/// session's lock, so they are bounded like the host's other writes; up to <paramref name="Queue"/> wait, beyond, 503.
/// </param>
internal sealed record BookingLanes(int Count, int Queue = 10_000, int Solo = 16)
{
    public static BookingLanes From(IConfiguration configuration) => new(
        Math.Clamp(configuration.GetValue<int?>("BookingLanes") ?? 1, 0, 64),
        Math.Clamp(configuration.GetValue<int?>("BookingQueue") ?? 10_000, 1, 1_000_000),
        Math.Clamp(configuration.GetValue<int?>("SoloBookings") ?? 16, 1, 1_000));
}
