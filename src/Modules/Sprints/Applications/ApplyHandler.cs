using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Sprints.Offerings;
using Marten;

namespace Kompetenzzentrum.Modules.Sprints.Applications;

/// <summary>An SME applies for a sprint: load the offering and any open application → <see cref="ApplyDecider"/> → start the application's
/// stream.</summary>
internal static class ApplyHandler
{
    public static async Task<Result<SprintApplication>> HandleAsync(
        Guid organisationId, ApplyInput input, Guid accountId, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var offering = input.OfferingId is { } id ? await session.LoadAsync<SprintOffering>(id, ct) : null;
        var alreadyApplied = offering is not null && await session.Query<SprintApplication>()
            .AnyAsync(a => a.OrganisationId == organisationId && a.OfferingId == offering.Id && a.Status == ApplicationStatus.Submitted, ct);
        var applicationId = Ids.New(clock);
        var decision = ApplyDecider.Apply(new ApplyState(offering, alreadyApplied), input, applicationId, organisationId, accountId,
            clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        var applied = (SprintApplied)decision.Events[0];
        session.Events.StartStream<SprintApplication>(applicationId, applied);
        await session.SaveChangesAsync(ct);
        return SprintApplicationProjection.Create(applied);
    }
}
