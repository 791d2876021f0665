using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Offerings;

/// <summary>How seats of an offering type are counted.</summary>
public enum CapacityModel
{
    /// <summary>No limit (podcast episodes, videos).</summary>
    Unlimited,

    /// <summary>A number of seats per dated session (tours, workshops, events).</summary>
    SeatsPerSession,

    /// <summary>One organisation per slot (consultations).</summary>
    OneToOneSlot,
}

/// <summary>
/// A kind of offering a module or partner plugin brings to the shared catalog. The catalog's generic
/// booking lifecycle, packages, notifications and research work for every registered type.
/// </summary>
/// <param name="Key">Stable lower-case key, unique across the installation, e.g. <c>consultation</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">One sentence for staff choosing a type.</param>
/// <param name="Capacity">Default capacity model of offerings of this type.</param>
/// <param name="BookingRules">Keys of <see cref="IBookingRule"/>s that must pass before a booking is confirmed.</param>
public sealed record OfferingTypeDefinition(
    string Key,
    LocalizedText Name,
    LocalizedText Description,
    CapacityModel Capacity,
    IReadOnlyList<string> BookingRules)
{
    /// <summary>The id of the module that registered the type; filled in by the host.</summary>
    public string ModuleId { get; init; } = "";

    /// <summary>
    /// The staff page where the registering module keeps what this type adds to an offering (a tour's host company
    /// and agenda, say), with <c>{offeringId}</c> standing for the offering's id; the catalog's offering page links
    /// it. Null when the type adds nothing.
    /// </summary>
    public string? DetailsPage { get; init; }

    /// <summary>The <see cref="DetailsPage"/> of one offering, or null when the type has none.</summary>
    public string? DetailsPageOf(Guid offeringId) => DetailsPage?.Replace("{offeringId}", offeringId.ToString(), StringComparison.Ordinal);

    /// <summary>
    /// The staff page where the registering module works with one session of an offering of this type (a matchmaking
    /// event's meeting rounds, say), with <c>{sessionId}</c> standing for the session's id; the catalog's session page
    /// links it. Null when the type has none.
    /// </summary>
    public string? SessionPage { get; init; }

    /// <summary>The <see cref="SessionPage"/> of one session, or null when the type has none.</summary>
    public string? SessionPageOf(Guid sessionId) => SessionPage?.Replace("{sessionId}", sessionId.ToString(), StringComparison.Ordinal);
}
