using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Texts;

namespace KzPlugin.Bookings;

/// <summary>
/// The offering type's booking rule: one organisation books at most <see cref="SeatsPerOrganisation"/> seats, so that more
/// businesses get one. A held booking is refused (409) with the reason in the request's language.
/// </summary>
internal sealed class SeatsPerOrganisationRule(SeatsPerOrganisation limit, ITexts texts) : IBookingRule
{
    public const string RuleKey = "kzplugin.seats-per-organisation";

    public string Key => RuleKey;

    public ValueTask<BookingRuleResult> CheckAsync(BookingRuleContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Attendees <= limit.Value
            ? BookingRuleResult.Pass
            : BookingRuleResult.Hold(texts.Get("kzplugin.rule.seats-per-organisation", TextArgs.Of(("count", limit.Value)))));
}
