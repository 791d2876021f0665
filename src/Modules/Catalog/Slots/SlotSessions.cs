using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Slots;

namespace Kompetenzzentrum.Modules.Catalog.Slots;

/// <summary>Where a slot lives in the catalog: one session per resource and start, whatever offering first booked it.</summary>
internal static class SlotSessions
{
    public static Guid IdOf(SlotOption slot) =>
        Ids.Derived("slot:" + slot.StartsAt.UtcDateTime.ToString("yyyyMMddTHHmmssZ", CultureInfo.InvariantCulture), slot.ResourceId);
}
