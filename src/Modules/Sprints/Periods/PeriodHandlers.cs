using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Marten;

namespace Kompetenzzentrum.Modules.Sprints.Periods;

/// <summary>Opening a period and changing its capacity (the API and the periods page): load → <see cref="PeriodDecider"/> → append.</summary>
internal static class PeriodHandlers
{
    /// <summary>Opens a period; the new period.</summary>
    public static async Task<Result<ProgramPeriod>> OpenAsync(OpenPeriodInput input, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        var id = Ids.New(clock);
        var decision = PeriodDecider.Open(id, input, clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        var opened = (PeriodOpened)decision.Events[0];
        session.Events.StartStream<ProgramPeriod>(id, opened);
        await session.SaveChangesAsync(ct);
        return ProgramPeriodProjection.Create(opened);
    }

    /// <summary>Sets how many sprints the period carries (the stream is locked, as accepting an application locks it); the period as it is
    /// now.</summary>
    public static async Task<Result<ProgramPeriod>> SetCapacityAsync(Guid periodId, CapacityInput input, IDocumentSession session, TimeProvider clock,
        CancellationToken ct)
    {
        if (PeriodDecider.CapacityErrors(input.Capacity).ToList() is { Count: > 0 } problems)
        {
            return Refusal.Invalid(problems);
        }
        var stream = await session.Events.FetchForExclusiveWriting<ProgramPeriod>(periodId, ct);
        if (stream.Aggregate is not { } period)
        {
            return Refusal.NotFound("sprints.period-not-found");
        }
        var decision = PeriodDecider.SetCapacity(period, input.Capacity!.Value, clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        var changed = (PeriodCapacityChanged)decision.Events[0];
        stream.AppendOne(changed);
        await session.SaveChangesAsync(ct);
        return ProgramPeriodProjection.Apply(changed, period);
    }
}
