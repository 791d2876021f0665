using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Phases;

namespace Kompetenzzentrum.Sprints.Tests.Decisions;

/// <summary>Engagement states built from events, as the projection builds them.</summary>
internal static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid Id = Guid.CreateVersion7(Now);
    public static readonly Guid Organisation = Guid.NewGuid();
    public static readonly Guid Offering = Guid.NewGuid();
    public static readonly Guid Idea = Guid.NewGuid();

    public static Engagement Started(params object[] events) => EngagementEvolution.Evolve(
        Engagement.Start(new EngagementStarted(Id, Guid.NewGuid(), Organisation, Offering, ["geschaeftsmodelle"], new DateOnly(2026, 3, 2), 8, Now)),
        events);

    public static ChallengesRecorded Challenges => new ChallengesRecorded(Id, ["Abhängigkeit von einem Großkunden"], Now);

    public static InsightsRecorded Insights => new InsightsRecorded(Id, ["Kunden bestellen nachts"], Now);

    public static IdeaAdded IdeaAdded => new IdeaAdded(Id, Idea, "Webshop", "B2B-Shop", ["e-commerce"], Now);

    public static IdeaAssessed IdeaAssessed => new IdeaAssessed(Id, Idea, 5, 3, 2, Now);

    public static readonly RoadmapActionAdded Action = new RoadmapActionAdded(Id, Guid.NewGuid(), "Shop-System auswählen", "Vertrieb",
        new DateOnly(2026, 6, 1), Now);

    public static object Completed(Phase phase) => new PhaseCompleted(Id, phase, Organisation, Offering, ["geschaeftsmodelle"], Now);

    /// <summary>Every phase up to (not including) <paramref name="phase"/> completed with its results.</summary>
    public static Engagement In(Phase phase)
    {
        var events = new List<object>();
        foreach (var done in PhaseOrder.InOrder.TakeWhile(p => p < phase))
        {
            events.AddRange(done switch
            {
                Phase.Analysis => new object[] { Challenges },
                Phase.Synthesis => [Insights],
                Phase.Ideation => [IdeaAdded, IdeaAssessed],
                _ => [Action],
            });
            events.Add(Completed(done));
        }
        return Started([.. events]);
    }
}
