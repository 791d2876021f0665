namespace Kompetenzzentrum.Contracts.Offerings;

/// <summary>Facts a booking rule decides on.</summary>
/// <param name="OfferingId">The offering being booked.</param>
/// <param name="OfferingType">Its type key.</param>
/// <param name="SessionId">The dated session, if the offering has sessions.</param>
/// <param name="OrganisationId">The booking organisation.</param>
/// <param name="Attendees">How many seats are requested.</param>
public sealed record BookingRuleContext(Guid OfferingId, string OfferingType, Guid? SessionId, Guid OrganisationId, int Attendees);

/// <summary>The outcome of a booking rule.</summary>
/// <param name="Satisfied">True when the booking may be confirmed.</param>
/// <param name="Reason">Why not, in words a participant understands; null when satisfied.</param>
public sealed record BookingRuleResult(bool Satisfied, string? Reason)
{
    /// <summary>The rule passes.</summary>
    public static BookingRuleResult Pass { get; } = new(true, null);

    /// <summary>
    /// True when the rule does not refuse the booking but wants staff to decide on it: the catalog keeps the
    /// request as a <c>pending</c> booking (no seat taken) until staff approve or reject it. False for
    /// <see cref="Hold"/>, which refuses the booking (409) until its precondition is met.
    /// </summary>
    public bool AwaitsApproval { get; init; }

    /// <summary>The rule refuses the booking for the given reason; nothing is booked.</summary>
    public static BookingRuleResult Hold(string reason) => new(false, reason);

    /// <summary>The booking is kept as a pending request that staff approve or reject (e.g. "staff approval").</summary>
    public static BookingRuleResult RequiresApproval(string reason) => new(false, reason) { AwaitsApproval = true };
}

/// <summary>
/// A rule an offering type adds to the booking lifecycle, e.g. "questionnaire answered first" or
/// "staff approval". Register implementations as services; offering types name them by <see cref="Key"/>.
/// </summary>
public interface IBookingRule
{
    /// <summary>Stable key referenced from <see cref="OfferingTypeDefinition.BookingRules"/>.</summary>
    string Key { get; }

    /// <summary>Decides whether the booking may be confirmed now.</summary>
    ValueTask<BookingRuleResult> CheckAsync(BookingRuleContext context, CancellationToken cancellationToken);
}
