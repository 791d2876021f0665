using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Texts;

namespace Lernfabrik.Plugin.Bookings;

/// <summary>
/// The Lernfabrik's booking rule: a workshop is hands-on in small groups, so one organisation books at most
/// <see cref="PlacesPerOrganisation"/> places (<c>Modules:lernfabrik:PlacesPerOrganisation</c>, default 2) and more businesses get
/// one. The rule is all the plugin adds to booking: seats, waitlist, offers, cancellation, reminders, calendar files,
/// attendance and research facts come from the catalog's booking engine, as for every offering type.
/// </summary>
internal sealed class PlacesPerOrganisationRule(PlacesPerOrganisation limit, ITexts texts) : IBookingRule
{
    public const string RuleKey = "lernfabrik.places-per-organisation";

    public string Key => RuleKey;

    public ValueTask<BookingRuleResult> CheckAsync(BookingRuleContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Attendees <= limit.Value
            ? BookingRuleResult.Pass
            : BookingRuleResult.Hold(texts.Get("lernfabrik.rule.places-per-organisation", TextArgs.Of(("count", limit.Value)))));
}
