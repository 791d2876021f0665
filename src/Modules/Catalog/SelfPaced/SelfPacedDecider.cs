using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Media;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Packages;

namespace Kompetenzzentrum.Modules.Catalog.SelfPaced;

/// <summary>An undated (asynchronous) item of a package booking was completed: its organisation played it through.</summary>
internal sealed record PackageItemCompleted(Guid PackageBookingId, Guid BookingId, DateTimeOffset CompletedAt);

/// <summary>What completing a self-paced participation appends: the public event, and the package item it completes, if any.</summary>
internal sealed record SelfPacedCompletion(ParticipationCompleted Completed, PackageItemCompleted? PackageItem);

/// <summary>
/// Pure: a member played a media item of an offering through (<see cref="MediaItemCompleted"/>), so the organisation's
/// participation in that offering is completed, as a workshop's is after attendance: the public
/// <see cref="ParticipationCompleted"/> starts the feedback survey and the maturity follow-up. Once per organisation
/// and offering (its stream, <see cref="StreamOf"/>); an open undated package item of that offering is the participation
/// completed, else the participation is the stream itself.
/// </summary>
internal static class SelfPacedDecider
{
    public static Guid StreamOf(Guid organisationId, Guid offeringId) =>
        Ids.Derived("catalog-self-paced:" + organisationId.ToString("N"), offeringId);

    /// <summary>Null when there is nothing to complete: no offering linked or known, or completed before.</summary>
    public static SelfPacedCompletion? Complete(MediaItemCompleted played, CatalogEntry? offering, bool completedBefore, PackageBooking? package)
    {
        if (played.OfferingId is not { } offeringId || offering?.Id != offeringId || completedBefore)
        {
            return null;
        }
        var item = package?.Items.FirstOrDefault(i => OpenUndated(i, offeringId));
        var participation = item?.BookingId ?? StreamOf(played.OrganisationId, offeringId);
        return new SelfPacedCompletion(
            new ParticipationCompleted(participation, null, offeringId, offering.OfferingType, offering.Topics, played.OrganisationId, played.At),
            item is null ? null : new PackageItemCompleted(package!.Id, item.BookingId, played.At));
    }

    /// <summary>An item without a session, of the offering, neither cancelled nor completed.</summary>
    public static bool OpenUndated(PackageItem item, Guid offeringId) =>
        item.SessionId is null && item.OfferingId == offeringId && !item.Cancelled && !item.Completed;
}
