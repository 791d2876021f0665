using Kompetenzzentrum.Contracts.Kernel;

namespace Kompetenzzentrum.Contracts.Catalog;

/// <summary>
/// Staff scheduled a new dated session of an offering, open for booking: whoever waits for a date of the offering
/// (e.g. "tell me when a date opens") can be told. Not raised for slots an offering type's slot source creates
/// when one is booked.
/// </summary>
/// <param name="SessionId">The new session.</param>
/// <param name="OfferingId">Its offering.</param>
/// <param name="OfferingType">The offering's type key.</param>
/// <param name="OfferingTitle">The offering's title in German and English, as it stood when the session was scheduled.</param>
/// <param name="StartsAt">When the session starts.</param>
/// <param name="EndsAt">When it ends.</param>
/// <param name="Capacity">Its seats.</param>
/// <param name="ScheduledAt">When it was scheduled.</param>
public sealed record SessionOpened(
    Guid SessionId,
    Guid OfferingId,
    string OfferingType,
    LocalizedText OfferingTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Capacity,
    DateTimeOffset ScheduledAt);
