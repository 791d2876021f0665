using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Sprints.Periods;

internal sealed record OpenPeriodInput(string? Name, DateOnly? StartsOn, DateOnly? EndsOn, int? Capacity);

internal sealed record CapacityInput(int? Capacity);

/// <summary>Staff open program periods and set how many sprints each carries.</summary>
internal static class PeriodEndpoints
{
    public const int MaxCapacity = 500;

    public static void MapPeriods(this IEndpointRouteBuilder api)
    {
        api.MapPost("/periods", OpenAsync).RequireAuthorization(Policies.Staff).WithName("OpenSprintPeriod");
        api.MapGet("/periods", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok(await session.Query<ProgramPeriod>().OrderBy(p => p.StartsOn).ToListAsync(ct))).RequireAuthorization(Policies.Staff).WithName("ListSprintPeriods");
        api.MapPut("/periods/{periodId:guid}/capacity", SetCapacityAsync).RequireAuthorization(Policies.Staff).WithName("SetSprintPeriodCapacity");
    }

    internal static async Task<IResult> OpenAsync(OpenPeriodInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = new FieldProblems()
            .When(string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 200, "name",
                "Geben Sie dem Zeitraum einen Namen mit höchstens 200 Zeichen.", "Give the period a name of at most 200 characters.")
            .When(body.StartsOn is null, "startsOn", "Geben Sie den ersten Tag des Zeitraums an.", "Give the first day of the period.")
            .When(body.EndsOn is null || body.EndsOn < body.StartsOn, "endsOn",
                "Geben Sie den letzten Tag des Zeitraums an, nicht vor dem ersten.", "Give the last day of the period, not before its first.")
            .When(body.Capacity is not (>= 0 and <= MaxCapacity), "capacity",
                $"Geben Sie die Zahl der Sprints an, 0 bis {MaxCapacity}.", $"Give the number of sprints, 0 to {MaxCapacity}.");
        if (!problems.IsEmpty)
        {
            return problems.ToResult();
        }
        var id = Ids.New(clock);
        var opened = new PeriodOpened(id, body.Name!.Trim(), body.StartsOn!.Value, body.EndsOn!.Value, body.Capacity!.Value, clock.GetUtcNow());
        session.Events.StartStream<ProgramPeriod>(id, opened);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/sprints/periods/{id}", ProgramPeriodProjection.Create(opened));
    }

    internal static async Task<IResult> SetCapacityAsync(Guid periodId, CapacityInput body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (body.Capacity is not (>= 0 and <= MaxCapacity))
        {
            return new FieldProblems().Add("capacity", $"Geben Sie die Zahl der Sprints an, 0 bis {MaxCapacity}.", $"Give the number of sprints, 0 to {MaxCapacity}.").ToResult();
        }
        var stream = await session.Events.FetchForExclusiveWriting<ProgramPeriod>(periodId, ct);
        if (stream.Aggregate is not { } period)
        {
            return Results.NotFound();
        }
        if (body.Capacity < period.Taken)
        {
            return Answers.Conflict($"Der Zeitraum trägt schon {period.Taken} Sprints.", $"The period already carries {period.Taken} sprints.");
        }
        var changed = new PeriodCapacityChanged(periodId, body.Capacity.Value, clock.GetUtcNow());
        stream.AppendOne(changed);
        await session.SaveChangesAsync(ct);
        return Results.Ok(ProgramPeriodProjection.Apply(changed, period));
    }
}
