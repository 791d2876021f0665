using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Media.Tours;

/// <summary>One point of a tour's programme, e.g. "10:00 Welcome and factory walk".</summary>
internal sealed record AgendaItem(string Time, string Title);

/// <summary>
/// Staff described the tour behind an experience-tour offering of the catalog. Dates, seats, bookings and the
/// waitlist stay with the catalog's sessions; this is only what the catalog does not know.
/// </summary>
internal sealed record TourDetailsSet(Guid OfferingId, string HostCompany, string Address, IReadOnlyList<AgendaItem> Agenda, DateTimeOffset At);

/// <summary>Keyed by the catalog's offering id; its stream is not (see <see cref="TourStreams"/>).</summary>
internal sealed record TourDetails(Guid Id, string HostCompany, string Address, IReadOnlyList<AgendaItem> Agenda, DateTimeOffset UpdatedAt);

internal static class TourStreams
{
    /// <summary>The offering's own stream (module catalog) has the offering id, so ours is derived from it.</summary>
    public static Guid Of(Guid offeringId) => Contracts.Kernel.Ids.Derived("media-experience-tour", offeringId);
}

internal sealed partial class TourDetailsProjection : MultiStreamProjection<TourDetails, Guid>
{
    public TourDetailsProjection() => Identity<TourDetailsSet>(e => e.OfferingId);

    public static TourDetails Create(TourDetailsSet e) => new(e.OfferingId, e.HostCompany, e.Address, e.Agenda, e.At);

    public static TourDetails Apply(TourDetailsSet e, TourDetails _) => Create(e);
}
