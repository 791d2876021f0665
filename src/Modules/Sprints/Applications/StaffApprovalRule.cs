using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Texts;
using Marten;

namespace Kompetenzzentrum.Modules.Sprints.Applications;

/// <summary>
/// The booking rule the sprint offering type names: a catalog booking of a sprint offering passes only when
/// staff have accepted the organisation's application for that offering.
/// </summary>
internal sealed class StaffApprovalRule(IDocumentStore store, ITexts texts) : IBookingRule
{
    public string Key => "staff-approval";

    public async ValueTask<BookingRuleResult> CheckAsync(BookingRuleContext context, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var accepted = await session.Query<SprintApplication>().AnyAsync(a =>
            a.OrganisationId == context.OrganisationId && a.OfferingId == context.OfferingId && a.Status == ApplicationStatus.Accepted,
            cancellationToken);
        return accepted
            ? BookingRuleResult.Pass
            : BookingRuleResult.RequiresApproval(texts.Get("sprints.rule.staff-approval"));
    }
}
