using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Catalog.Offerings;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>What the booking rules of an offering type say about one booking request.</summary>
/// <param name="Refusal">The first holding rule's reason: nothing is booked (409).</param>
/// <param name="Approval">A rule wants staff to decide: the request is kept as a pending booking.</param>
internal sealed record RuleVerdict(string? Refusal, string? Approval)
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
        string? approval = null;
        foreach (var key in keys)
        {
            if (!_rules.TryGetValue(key, out var rule))
            {
                return new(UiText.T($"Dieses Angebot verlangt die Prüfung „{key}“, die gerade nicht verfügbar ist.",
                    $"This offering requires the check '{key}', which is not available right now."), null);
            }
            var result = await rule.CheckAsync(new BookingRuleContext(offering.Id, offering.OfferingType, sessionId, organisationId, seats), ct);
            if (result.Satisfied)
            {
                continue;
            }
            if (!result.AwaitsApproval)
            {
                return new(result.Reason ?? UiText.T($"Die Prüfung „{key}“ ist noch nicht erfüllt.", $"The check '{key}' is not satisfied yet."), null);
            }
            approval ??= result.Reason ?? UiText.T($"Die Prüfung „{key}“ verlangt eine Freigabe durch das Team.", $"The check '{key}' asks staff to approve the booking.");
        }
        return approval is null ? RuleVerdict.Pass : new(null, approval);
    }

    /// <summary>
    /// For package items: the reason any rule refuses or wants approval, or null when every rule passes. A
    /// package books all of its items or none, so an item waiting for approval cannot be part of it.
    /// </summary>
    public async Task<string?> FirstHoldAsync(CatalogEntry offering, Guid sessionId, Guid organisationId, int seats, CancellationToken ct)
    {
        var verdict = await CheckAsync(offering, sessionId, organisationId, seats, ct);
        return verdict.Refusal ?? (verdict.Approval is { } reason
            ? $"{reason} {UiText.T("Buchen Sie dieses Angebot einzeln; das Team gibt jede Buchung frei.", "Book this offering on its own; staff approve each booking.")}"
            : null);
    }
}
