using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Sprints.Periods;

/// <summary>Open a program period (the API's body and the periods page's form).</summary>
internal sealed record OpenPeriodInput(string? Name, DateOnly? StartsOn, DateOnly? EndsOn, int? Capacity);

/// <summary>Set how many sprints a period carries.</summary>
internal sealed record CapacityInput(int? Capacity);

/// <summary>Program period decisions: a period carries 0 to <see cref="MaxCapacity"/> sprints, never fewer than it has taken.</summary>
internal static class PeriodDecider
{
    public const int MaxCapacity = 500;

    /// <summary>A new period: a name, a first day and a last day not before it, a capacity in range.</summary>
    public static Decision Open(Guid periodId, OpenPeriodInput input, DateTimeOffset now)
    {
        List<FieldError> problems = [
            .. When(string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200, "name", "sprints.period-name"),
            .. When(input.StartsOn is null, "startsOn", "sprints.period-starts-on"),
            .. When(input.EndsOn is null || input.EndsOn < input.StartsOn, "endsOn", "sprints.period-ends-on"),
            .. CapacityErrors(input.Capacity),
        ];
        return problems.Count > 0
            ? Refusal.Invalid(problems)
            : Decision.Accept(new PeriodOpened(periodId, input.Name!.Trim(), input.StartsOn!.Value, input.EndsOn!.Value, input.Capacity!.Value, now));
    }

    /// <summary>The field error of a capacity out of range, checked before the period is loaded.</summary>
    public static IEnumerable<FieldError> CapacityErrors(int? capacity) =>
        When(capacity is not (>= 0 and <= MaxCapacity), "capacity", "sprints.capacity-range", TextArgs.Of(("max", MaxCapacity)));

    /// <summary>A new capacity: not below the sprints the period has taken.</summary>
    public static Decision SetCapacity(ProgramPeriod period, int capacity, DateTimeOffset now) =>
        capacity < period.Taken
            ? Refusal.Conflict("sprints.period-carries", TextArgs.Of(("taken", period.Taken)))
            : Decision.Accept(new PeriodCapacityChanged(period.Id, capacity, now));

    private static IEnumerable<FieldError> When(bool wrong, string field, string code, TextArgs? args = null) =>
        wrong ? [new FieldError(field, code, args ?? TextArgs.None)] : [];
}
