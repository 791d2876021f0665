using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Slots;

namespace Kompetenzzentrum.Modules.Catalog.Slots;

/// <summary>
/// Where a slot lives in the catalog: one session per offering, resource and start. Two offerings may offer the same
/// resource's time; the resource is kept from being booked twice by <see cref="SlotBookings"/>, which books a resource's
/// slots one at a time and refuses a slot overlapping another booked slot of the resource.
/// </summary>
internal static class SlotSessions
{
    public static Guid IdOf(Guid offeringId, SlotOption slot) =>
        Ids.Derived($"slot:{offeringId:N}:" + slot.StartsAt.UtcDateTime.ToString("yyyyMMddTHHmmssZ", CultureInfo.InvariantCulture),
            slot.ResourceId);
}
