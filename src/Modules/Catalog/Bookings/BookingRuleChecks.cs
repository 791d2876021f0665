using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// What the booking rules of an offering type say about one booking request. Reasons are text codes, put in words in the
/// request's language when the refusal is answered; a rule's own words (already in that language) come as
/// <see cref="BookingRuleChecks.Words"/>.
/// </summary>
/// <param name="Refusal">The first holding rule's reason: nothing is booked (409).</param>
/// <param name="Approval">A rule wants staff to decide: the request is kept as a pending booking.</param>
internal sealed record RuleVerdict(TextCode? Refusal, TextCode? Approval)
{
    public static RuleVerdict Pass { get; } = new(null, null);
}

/// <summary>
/// Runs the booking rules an offering type lists (<see cref="OfferingTypeDefinition.BookingRules"/>) before
/// a booking is decided. A rule that holds refuses the booking with 409 and the rule's reason, the way
/// pretix refuses a checkout whose required questions are unanswered: nothing is booked. A rule that asks
/// for approval (<see cref="BookingRuleResult.AwaitsApproval"/>) keeps the request as a pending booking,
/// like pretix's "approval required". A listed rule no module provides holds too (fail closed).
/// </summary>
internal sealed class BookingRuleChecks(IEnumerable<OfferingTypeDefinition> types, IEnumerable<IBookingRule> rules)
{
    private readonly Dictionary<string, IBookingRule> _rules = rules.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First());

    /// <summary>Every listed rule asked; a refusal wins over an approval request.</summary>
    public async Task<RuleVerdict> CheckAsync(CatalogEntry offering, Guid sessionId, Guid organisationId, int seats, CancellationToken ct)
    {
        var keys = types.FirstOrDefault(t => t.Key == offering.OfferingType)?.BookingRules ?? [];
        TextCode? approval = null;
        foreach (var key in keys)
        {
            var named = TextArgs.Of(("key", key));
            if (!_rules.TryGetValue(key, out var rule))
            {
                return new(new TextCode("catalog.booking-rule.unavailable", named), null);
            }
            var result = await rule.CheckAsync(new BookingRuleContext(offering.Id, offering.OfferingType, sessionId, organisationId, seats), ct);
            if (result.Satisfied)
            {
                continue;
            }
            if (!result.AwaitsApproval)
            {
                return new(Words(result.Reason) ?? new TextCode("catalog.booking-rule.not-satisfied", named), null);
            }
            approval ??= Words(result.Reason) ?? new TextCode("catalog.booking-rule.awaits-approval", named);
        }
        return approval is null ? RuleVerdict.Pass : new(null, approval);
    }

    /// <summary>
    /// For package items: the reason any rule refuses or wants approval, or null when every rule passes. A
    /// package books all of its items or none, so an item waiting for approval cannot be part of it.
    /// </summary>
    public async Task<TextCode?> FirstHoldAsync(CatalogEntry offering, Guid sessionId, Guid organisationId, int seats, CancellationToken ct)
    {
        var verdict = await CheckAsync(offering, sessionId, organisationId, seats, ct);
        return verdict.Refusal ?? (verdict.Approval is { } reason
            ? new TextCode("catalog.booking-rule.approval-in-package", TextArgs.Of(("reason", reason)))
            : null);
    }

    /// <summary>
    /// A rule's reason as a text: the rule gives its words in the request's language (<see cref="BookingRuleResult.Reason"/>),
    /// so the text <c>catalog.booking-rule.words</c> only passes them on; null when the rule gave none.
    /// </summary>
    public static TextCode? Words(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? null : new TextCode("catalog.booking-rule.words", TextArgs.Of(("words", reason)));
}
