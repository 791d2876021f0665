using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Texts;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Booking;

/// <summary>
/// The <c>questionnaire-answered</c> booking rule of the consultation offering type: a booking through the
/// catalog is confirmed only when the organisation has answered the consultation questionnaire for that
/// offering (a consultation of this module in any state but cancelled).
/// </summary>
internal sealed class QuestionnaireAnsweredRule(IDocumentStore store, ITexts texts) : IBookingRule
{
    public const string RuleKey = "questionnaire-answered";

    public string Key => RuleKey;

    public async ValueTask<BookingRuleResult> CheckAsync(BookingRuleContext context, CancellationToken cancellationToken)
    {
        await using var query = store.QuerySession();
        var answered = await query.Query<Consultation>()
            .AnyAsync(c => c.OrganisationId == context.OrganisationId && c.OfferingId == context.OfferingId && c.QuestionnaireVersion > 0
                && c.Status != ConsultationStatus.Cancelled, cancellationToken);
        return answered
            ? BookingRuleResult.Pass
            : BookingRuleResult.Hold(texts.Get("consultations.rule.questionnaire-first"));
    }
}
