using Kompetenzzentrum.Modules.Sprints.Phases;

namespace Kompetenzzentrum.Modules.Sprints.Engagements;

/// <summary>The planned span of one phase.</summary>
internal sealed record PhaseWindow(Phase Phase, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>
/// Spreads the sprint's weeks over the four phases: each phase gets an equal share, the remainder goes to
/// the first phases (analysis usually needs the most time with the SME).
/// </summary>
internal static class Timeline
{
    public const int MinWeeks = 4;
    public const int MaxWeeks = 26;

    public static IReadOnlyList<PhaseWindow> Plan(DateOnly startsOn, int weeks)
    {
        var windows = new List<PhaseWindow>();
        var start = startsOn;
        var count = PhaseOrder.InOrder.Count;
        foreach (var phase in PhaseOrder.InOrder)
        {
            var share = weeks / count + ((int)phase < weeks % count ? 1 : 0);
            var end = start.AddDays(Math.Max(share, 1) * 7 - 1);
            windows.Add(new PhaseWindow(phase, start, end));
            start = end.AddDays(1);
        }
        return windows;
    }
}
