using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Sprints.Engagements;

namespace Kompetenzzentrum.Modules.Sprints.Phases;

/// <summary>
/// Recording the results of the phases. A finished sprint keeps its results. Each topic of a new idea is a
/// need signal for research (source <c>sprint</c>): the SME worked on that topic.
/// </summary>
internal static class ResultDecider
{
    public const string NeedSource = "sprint";
    public const string IdeaKind = "sprint-idea";

    public static Decision Challenges(Engagement s, IReadOnlyList<string> challenges, DateTimeOffset now) =>
        Open(s) ?? Decision.Accept(new ChallengesRecorded(s.Id, challenges, now));

    public static Decision Insights(Engagement s, IReadOnlyList<string> insights, DateTimeOffset now) =>
        Open(s) ?? Decision.Accept(new InsightsRecorded(s.Id, insights, now));

    public static Decision AddIdea(Engagement s, Guid ideaId, string title, string description, IReadOnlyList<string> topics, DateTimeOffset now) =>
        Open(s) ?? Decision.Accept([
            new IdeaAdded(s.Id, ideaId, title, description, topics, now),
            .. topics.Select(t => new NeedExpressed(t, 1.0, NeedSource,
                new Contracts.Interactions.Interaction(s.OrganisationId, [t], s.OfferingId, SprintOfferingType.Key, IdeaKind, now))),
        ]);

    public static Decision Assess(Engagement s, Guid ideaId, IdeaAssessment assessment, DateTimeOffset now) =>
        Open(s) ?? Known(s, ideaId) ?? Decision.Accept(new IdeaAssessed(s.Id, ideaId, assessment.Value, assessment.Effort, assessment.Risk, now));

    public static Decision Choose(Engagement s, Guid ideaId, bool chosen, DateTimeOffset now) =>
        Open(s) ?? Known(s, ideaId) ?? Decision.Accept(new IdeaChosen(s.Id, ideaId, chosen, now));

    public static Decision AddAction(Engagement s, Guid actionId, string title, string owner, DateOnly dueOn, DateTimeOffset now) =>
        Open(s) ?? Decision.Accept(new RoadmapActionAdded(s.Id, actionId, title, owner, dueOn, now));

    private static Refusal? Open(Engagement s) =>
        s.Finished ? Refusal.Conflict("sprints.results-finished") : null;

    private static Refusal? Known(Engagement s, Guid ideaId) =>
        s.Ideas.Any(i => i.IdeaId == ideaId) ? null : Refusal.NotFound("sprints.idea-not-found");

    /// <summary>Unknown topic keys of a list, for a 400.</summary>
    public static IEnumerable<string> UnknownTopics(IEnumerable<string> topics) => topics.Where(t => !Topics.IsKnown(t));
}
