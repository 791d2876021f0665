using JasperFx.Events;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Research.Feedback;
using Marten;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Research.Interactions;

/// <summary>
/// Writes the research read models. One fact row per topic for every event that implements
/// <see cref="IInteractionEvent"/>, whatever module or plugin appended it: the projection looks at the
/// event's shape, not at a list of types, so a plugin's new offering type shows up without a change here.
/// Segment, offering, maturity, need and feedback events fill their own tables; a completed participation
/// queues its feedback survey (live only, a rebuild sends no surveys).
/// </summary>
internal sealed class InteractionFactsProjection(ResearchWriter writer) : IProjection
{
    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        Apply(operations, events.Select(e => (e.Id, e.Data)));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Writes the read-model rows for <paramref name="events"/>, in order. Interaction facts are gathered and written
    /// together; any other write first writes the facts gathered before it, so a fact still sees the segment,
    /// offering and maturity as the events before it left them.
    /// </summary>
    public void Apply(IDocumentOperations ops, IEnumerable<(Guid Id, object Data)> events)
    {
        var facts = new List<PendingFact>();
        foreach (var (eventId, data) in events)
        {
            if (OtherRows(eventId, data) is { } write)
            {
                writer.Facts(ops, facts);
                facts.Clear();
                write(ops);
            }
            if (data is IInteractionEvent interaction)
            {
                facts.Add(new PendingFact(eventId, data.GetType().Name, interaction.Interaction));
            }
        }
        writer.Facts(ops, facts);
    }

    /// <summary>The rows other than facts that the event writes, or null.</summary>
    private Action<IDocumentOperations>? OtherRows(Guid eventId, object data) => data switch
    {
        OrganisationProfiled profiled => ops =>
            writer.Segment(ops, profiled.OrganisationId, profiled.Industry, profiled.SizeClass, profiled.FederalState),
        OrganisationResearchConsentChanged consent => ops => writer.Consent(ops, consent),
        OrganisationsMerged merged => ops => writer.Merge(ops, merged),
        OfferingPublished published => ops => writer.Offering(ops, published),
        // Before the fact, so the assessment's own fact already carries the level it found.
        MaturityAssessed assessed => ops => writer.Maturity(ops, assessed),
        NeedExpressed need => ops =>
            writer.Need(ops, eventId, need.Interaction.OrganisationId, [need.Topic], need.Source, need.Strength, need.Interaction.OccurredAt),
        FeedbackGiven given => ops => Feedback(ops, eventId, given),
        ParticipationCompleted completed when !writer.IsRebuild => ops => SurveyQueue.Enqueue(ops, writer, completed),
        _ => null,
    };

    private void Feedback(IDocumentOperations ops, Guid eventId, FeedbackGiven given)
    {
        writer.Feedback(ops, given);
        writer.Need(ops, eventId, given.OrganisationId, given.WantedTopics, "feedback", 1.0, given.AnsweredAt);
    }
}
