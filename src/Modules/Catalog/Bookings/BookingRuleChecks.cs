using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// Runs the booking rules an offering type lists (<see cref="OfferingTypeDefinition.BookingRules"/>) before
/// a booking is decided. A rule that holds refuses the booking with 409 and the rule's reason, the way
/// pretix refuses a checkout whose required questions are unanswered: nothing is booked and nobody waits on
/// a seat that may never be approved. A listed rule no module provides holds too (fail closed).
/// </summary>
internal sealed class BookingRuleChecks(IEnumerable<OfferingTypeDefinition> types, IEnumerable<IBookingRule> rules)
{
    private readonly Dictionary<string, IBookingRule> _rules = rules.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First());

    /// <summary>The reason the first holding rule gives, or null when every rule passes.</summary>
    public async Task<string?> FirstHoldAsync(CatalogEntry offering, Guid sessionId, Guid organisationId, int seats, CancellationToken ct)
    {
        var keys = types.FirstOrDefault(t => t.Key == offering.OfferingType)?.BookingRules ?? [];
        foreach (var key in keys)
        {
            if (!_rules.TryGetValue(key, out var rule))
            {
                return $"This offering requires the check '{key}', which is not available right now.";
            }
            var result = await rule.CheckAsync(new BookingRuleContext(offering.Id, offering.OfferingType, sessionId, organisationId, seats), ct);
            if (!result.Satisfied)
            {
                return result.Reason ?? $"The check '{key}' is not satisfied yet.";
            }
        }
        return null;
    }
}
