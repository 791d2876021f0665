using JasperFx.Events;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Media.Tours;

/// <summary>One point of a tour's programme, e.g. "10:00 Welcome and factory walk".</summary>
internal sealed record AgendaItem(string Time, string Title);

/// <summary>
/// Staff described the tour behind an experience-tour offering of the catalog. Dates, seats, bookings and the
/// waitlist stay with the catalog's sessions; this is only what the catalog does not know.
/// </summary>
internal sealed record TourDetailsSet(Guid OfferingId, string HostCompany, string Address, IReadOnlyList<AgendaItem> Agenda, DateTimeOffset At);

/// <summary>Staff removed the tour description (the catalog's offering stays; archive it there).</summary>
internal sealed record TourDetailsRemoved(Guid OfferingId, DateTimeOffset At);

/// <summary>Keyed by the catalog's offering id; its stream is not (see <see cref="TourStreams"/>).</summary>
internal sealed record TourDetails(Guid Id, string HostCompany, string Address, IReadOnlyList<AgendaItem> Agenda, DateTimeOffset UpdatedAt);

internal static class TourStreams
{
    /// <summary>The offering's own stream (module catalog) has the offering id, so ours is derived from it.</summary>
    public static Guid Of(Guid offeringId) => Contracts.Kernel.Ids.Derived("media-experience-tour", offeringId);
}

internal sealed partial class TourDetailsProjection : MultiStreamProjection<TourDetails, Guid>
{
    public TourDetailsProjection()
    {
        Identity<TourDetailsSet>(e => e.OfferingId);
        Identity<TourDetailsRemoved>(e => e.OfferingId);
        DeleteEvent<TourDetailsRemoved>();
    }

    public static TourDetails Create(TourDetailsSet e) => new(e.OfferingId, e.HostCompany, e.Address, e.Agenda, e.At);

    public static TourDetails Apply(TourDetailsSet e, TourDetails _) => Create(e);
}

/// <summary>The tour's own stream, keyed by its (derived) stream id: what edits check If-Match against.</summary>
internal sealed record TourStream(Guid Id, Guid OfferingId, bool Described);

internal sealed partial class TourStreamProjection : SingleStreamProjection<TourStream, Guid>
{
    public static TourStream Create(IEvent<TourDetailsSet> e) => new(e.StreamId, e.Data.OfferingId, true);

    public static TourStream Apply(TourDetailsSet e, TourStream s) => s with { Described = true };

    public static TourStream Apply(TourDetailsRemoved e, TourStream s) => s with { Described = false };
}
