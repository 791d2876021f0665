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
        foreach (var @event in events)
        {
            Apply(operations, @event.Id, @event.Data);
        }
        return Task.CompletedTask;
    }

    public void Apply(IDocumentOperations ops, Guid eventId, object data)
    {
        switch (data)
        {
            case OrganisationProfiled profiled:
                writer.Segment(ops, profiled.OrganisationId, profiled.Industry, profiled.SizeClass, profiled.FederalState);
                break;
            case OfferingPublished published:
                writer.Offering(ops, published);
                break;
            case MaturityAssessed assessed:
                // Before the fact, so the assessment's own fact already carries the level it found.
                writer.Maturity(ops, assessed);
                break;
            case NeedExpressed need:
                writer.Need(ops, eventId, need.Interaction.OrganisationId, [need.Topic], need.Source, need.Strength, need.Interaction.OccurredAt);
                break;
            case FeedbackGiven given:
                writer.Feedback(ops, given);
                writer.Need(ops, eventId, given.OrganisationId, given.WantedTopics, "feedback", 1.0, given.AnsweredAt);
                break;
            case ParticipationCompleted completed when !writer.IsRebuild:
                SurveyQueue.Enqueue(ops, writer, completed);
                break;
        }
        if (data is IInteractionEvent interaction)
        {
            writer.Fact(ops, eventId, data.GetType().Name, interaction.Interaction);
        }
    }
}
