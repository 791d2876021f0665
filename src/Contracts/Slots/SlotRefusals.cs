namespace Kompetenzzentrum.Contracts.Slots;

/// <summary>
/// The reason codes of <see cref="ISlotBookings"/> refusals that an offering type tells apart to put them in its own words;
/// other refusals (an offering no longer bookable, a booking not found) carry the catalog's codes and texts.
/// </summary>
public static class SlotRefusals
{
    /// <summary>The slot is booked already (409).</summary>
    public const string Taken = "catalog.slot-taken";

    /// <summary>The organisation holds as many bookings under the limit's key as the limit allows (409).</summary>
    public const string LimitReached = "catalog.slot-limit-reached";
}
