using System.Globalization;
using JasperFx.Events;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Organisations;
using Marten;
using Marten.Events.Projections;

namespace Kompetenzzentrum.Modules.Research.Interactions;

/// <summary>
/// Writes one fact row per topic for every event that implements <see cref="IInteractionEvent"/>, whatever
/// module or plugin appended it: the projection looks at the event's shape, not at a list of types, so a
/// plugin's new offering type shows up without a change here. Segment events keep the dimension current.
/// </summary>
internal sealed class InteractionFactsProjection(string schema) : IProjection
{
    private const string NoTopic = "(none)";

    public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var @event in events)
        {
            switch (@event.Data)
            {
                case OrganisationProfiled profiled:
                    operations.QueueSqlCommand(
                        $"insert into {schema}.{ResearchTables.Segments} (organisation_id, industry, size_class, federal_state) values (?, ?, ?, ?) "
                        + "on conflict (organisation_id) do update set industry = excluded.industry, size_class = excluded.size_class, federal_state = excluded.federal_state",
                        profiled.OrganisationId, profiled.Industry, profiled.SizeClass, profiled.FederalState);
                    break;
                case MaturityAssessed assessed:
                    // The assessment's own fact already carries the level it found.
                    operations.QueueSqlCommand(
                        $"insert into {schema}.{ResearchTables.Segments} (organisation_id, maturity_level) values (?, ?) "
                        + "on conflict (organisation_id) do update set maturity_level = excluded.maturity_level",
                        assessed.Interaction.OrganisationId, assessed.Level.ToString());
                    break;
            }
            if (@event.Data is IInteractionEvent interaction)
            {
                Record(operations, @event, interaction.Interaction);
            }
        }
        return Task.CompletedTask;
    }

    private void Record(IDocumentOperations operations, IEvent @event, Interaction interaction)
    {
        var at = interaction.OccurredAt.ToUniversalTime();
        var topics = interaction.Topics.Count == 0 ? [NoTopic] : interaction.Topics.Distinct(StringComparer.Ordinal).ToArray();
        // A random secret per organisation, created on first sight; the pseudonym is a keyed SHA-256 of the
        // organisation id, so it is stable while the secret exists and unlinkable once erasure deletes it.
        operations.QueueSqlCommand(
            $"insert into {schema}.{ResearchTables.PseudonymKeys} (organisation_id, secret) "
            + "values (?, uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())) on conflict do nothing",
            interaction.OrganisationId);
        operations.QueueSqlCommand(
            $"insert into {schema}.{ResearchTables.Interactions} (event_id, occurred_at, month, organisation_pseudonym, industry, size_class, "
            + "federal_state, maturity_level, event_type, offering_type, offering_id, topic, kind) "
            + "select ?::uuid, ?::timestamptz, ?::text, left(encode(sha256(k.secret || uuid_send(k.organisation_id)), 'hex'), 24), "
            + "s.industry, s.size_class, s.federal_state, s.maturity_level, ?::text, ?::text, ?::uuid, t.topic, ?::text "
            + $"from {schema}.{ResearchTables.PseudonymKeys} k left join {schema}.{ResearchTables.Segments} s on s.organisation_id = k.organisation_id "
            + "cross join unnest(?::text[]) as t(topic) where k.organisation_id = ?::uuid on conflict (event_id, topic) do nothing",
            @event.Id, at, at.ToString("yyyy-MM", CultureInfo.InvariantCulture), @event.Data.GetType().Name,
            (object?)interaction.OfferingType ?? DBNull.Value, interaction.OfferingId is { } offering ? offering : DBNull.Value,
            interaction.Kind, topics, interaction.OrganisationId);
    }
}
