using System.Globalization;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Research.Feedback;
using Kompetenzzentrum.Modules.Research.Tables;
using Marten;

namespace Kompetenzzentrum.Modules.Research.Interactions;

/// <summary>
/// The SQL that turns events into read-model rows. Writes into the live tables, or (for a rebuild) into
/// shadow tables with a suffix. Every row about an organisation carries its pseudonym: a keyed SHA-256 of
/// the organisation id with a random secret per organisation, stable while the secret exists and
/// unlinkable once erasure deletes it. Erased organisations get no new secret; a rebuild gives them a
/// throw-away one that is dropped with the rebuild.
/// </summary>
internal sealed class ResearchWriter(string schema, string suffix = "")
{
    public bool IsRebuild => suffix.Length > 0;

    public string Table(ResearchTable table) => ResearchTables.Rebuildable.Contains(table) ? $"{schema}.{table}{suffix}" : $"{schema}.{table}";

    public string RebuildKeys => $"{schema}.research_rebuild_keys";

    public static string Month(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public void Segment(IDocumentOperations ops, Guid organisationId, string industry, string sizeClass, string federalState) =>
        ops.QueueSqlCommand(
            $"insert into {Table(ResearchTables.Segments)} (organisation_id, industry, size_class, federal_state) select ?::uuid, ?::text, ?::text, ?::text "
            + $"{NotErased} on conflict (organisation_id) do update set industry = excluded.industry, size_class = excluded.size_class, federal_state = excluded.federal_state",
            organisationId, industry, sizeClass, federalState, organisationId);

    public void Offering(IDocumentOperations ops, OfferingPublished published) =>
        ops.QueueSqlCommand(
            $"insert into {Table(ResearchTables.Offerings)} (offering_id, offering_type, program_id) values (?, ?, ?) "
            + "on conflict (offering_id) do update set offering_type = excluded.offering_type, program_id = coalesce(excluded.program_id, "
            + $"{Table(ResearchTables.Offerings)}.program_id)",
            published.OfferingId, published.OfferingType, published.ProgramId is { } program ? program : DBNull.Value);

    public void Maturity(IDocumentOperations ops, MaturityAssessed assessed)
    {
        var organisation = assessed.Interaction.OrganisationId;
        ops.QueueSqlCommand(
            $"insert into {Table(ResearchTables.Segments)} (organisation_id, maturity_level) select ?::uuid, ?::text {NotErased} "
            + "on conflict (organisation_id) do update set maturity_level = excluded.maturity_level",
            organisation, assessed.Level.ToString(), organisation);
        EnsureKey(ops, organisation);
        // Without consent nothing of the check is kept: a score is an organisation's own result, not a count.
        ops.QueueSqlCommand(
            $"with rows as (insert into {Table(ResearchTables.MaturityResults)} (assessment_id, assessed_at, month, round, overall_score, dimension_scores, {SubjectColumns}) "
            + $"select ?::uuid, ?::timestamptz, ?::text, ?::int, ?::float8, ?::jsonb, {SubjectValues} {From} where {Consented} on conflict do nothing returning {SubjectColumns}) "
            + NoteSubjects(ResearchTables.MaturityResults),
            assessed.AssessmentId, assessed.Interaction.OccurredAt, Month(assessed.Interaction.OccurredAt), assessed.Round, assessed.OverallScore,
            System.Text.Json.JsonSerializer.Serialize(assessed.DimensionScores ?? new Dictionary<string, double>()), organisation);
    }

    public void Need(IDocumentOperations ops, Guid eventId, Guid organisationId, IReadOnlyList<string> topics, string source, double strength, DateTimeOffset at)
    {
        if (topics.Count == 0)
        {
            return;
        }
        EnsureKey(ops, organisationId);
        ops.QueueSqlCommand(
            $"with n as (select ?::uuid as event_id, ?::timestamptz as occurred_at, ?::text as month, ?::text as source, ?::float8 as strength, t.topic, {SubjectValues}, "
            + $"{Consented} as consented {From} cross join unnest(?::text[]) as t(topic)), "
            + $"counted as (insert into {Table(ResearchTables.CountedNeeds)} (event_id, topic, occurred_at, month, source) select event_id, topic, occurred_at, month, source from n where not consented "
            + "on conflict do nothing), "
            + $"rows as (insert into {Table(ResearchTables.NeedSignals)} (event_id, occurred_at, month, source, strength, topic, {SubjectColumns}) "
            + $"select event_id, occurred_at, month, source, strength, topic, {SubjectColumns} from n where consented on conflict do nothing returning {SubjectColumns}) "
            + NoteSubjects(ResearchTables.NeedSignals),
            eventId, at, Month(at), source, strength, organisationId, topics.Distinct(StringComparer.Ordinal).ToArray());
    }

    public void Feedback(IDocumentOperations ops, FeedbackGiven given)
    {
        EnsureKey(ops, given.OrganisationId);
        ops.QueueSqlCommand(
            $"with rows as (insert into {Table(ResearchTables.Feedback)} (participation_id, answered_at, month, offering_type, offering_id, program_id, satisfaction, usefulness, "
            + $"recommendation, {SubjectColumns}) select ?::uuid, ?::timestamptz, ?::text, ?::text, ?::uuid, "
            + $"(select program_id from {Table(ResearchTables.Offerings)} where offering_id = ?::uuid), ?::int, ?::int, ?::int, {SubjectValues} {From} where {Consented} "
            + $"on conflict do nothing returning {SubjectColumns}) "
            + NoteSubjects(ResearchTables.Feedback),
            given.ParticipationId, given.AnsweredAt, Month(given.AnsweredAt), given.OfferingType, given.OfferingId, given.OfferingId,
            given.Satisfaction, given.Usefulness, given.Recommendation, given.OrganisationId);
    }

    /// <summary>
    /// An organisation's consent changed. A withdrawal turns every row kept about it into counts: its interactions and
    /// needs move to the counted tables without pseudonym, segment or exact time, its check results and feedback scores
    /// are deleted, and its pseudonym leaves the k-anonymity classes. A new consent takes effect for later events.
    /// </summary>
    public void Consent(IDocumentOperations ops, OrganisationResearchConsentChanged changed)
    {
        ops.QueueSqlCommand(
            $"insert into {Table(ResearchTables.Consents)} (organisation_id, consented) values (?, ?) on conflict (organisation_id) do update set consented = excluded.consented",
            changed.OrganisationId, changed.Consented);
        if (changed.Consented)
        {
            return;
        }
        ops.QueueSqlCommand(
            $"with p as (select {Pseudonym} as pseudonym {From}), "
            + $"facts as (delete from {Table(ResearchTables.Interactions)} f using p where f.organisation_pseudonym = p.pseudonym "
            + "returning f.event_id, f.topic, f.occurred_at, f.month, f.event_type, f.offering_type, f.program_id, f.kind), "
            + $"counted as (insert into {Table(ResearchTables.CountedInteractions)} (event_id, topic, occurred_at, month, event_type, offering_type, program_id, kind) "
            + "select event_id, topic, occurred_at, month, event_type, offering_type, program_id, kind from facts on conflict do nothing), "
            + $"needs as (delete from {Table(ResearchTables.NeedSignals)} f using p where f.organisation_pseudonym = p.pseudonym returning f.event_id, f.topic, f.occurred_at, f.month, f.source), "
            + $"counted_needs as (insert into {Table(ResearchTables.CountedNeeds)} (event_id, topic, occurred_at, month, source) "
            + "select event_id, topic, occurred_at, month, source from needs on conflict do nothing), "
            + $"checks as (delete from {Table(ResearchTables.MaturityResults)} f using p where f.organisation_pseudonym = p.pseudonym), "
            + $"scores as (delete from {Table(ResearchTables.Feedback)} f using p where f.organisation_pseudonym = p.pseudonym) "
            + $"delete from {Table(ResearchTables.Subjects)} s using p where s.organisation_pseudonym = p.pseudonym",
            changed.OrganisationId);
        if (!IsRebuild)
        {
            // Surveys not yet sent are research too.
            ops.QueueSqlCommand($"delete from {schema}.{ResearchTables.Surveys} where organisation_id = ? and sent_at is null", changed.OrganisationId);
        }
    }

    /// <summary>
    /// One fact row per topic for each interaction, all in one statement: a booking transaction that carries many
    /// bookings writes their facts (and creates their organisations' secrets) in two statements, not two per booking.
    /// </summary>
    public void Facts(IDocumentOperations ops, IReadOnlyList<PendingFact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }
        EnsureKeys(ops, [.. facts.Select(f => f.Interaction.OrganisationId).Distinct()]);
        var rows = facts.SelectMany(f => (f.Interaction.Topics.Count == 0 ? ["(none)"] : f.Interaction.Topics.Distinct(StringComparer.Ordinal))
            .Select(topic => (Fact: f, At: f.Interaction.OccurredAt.ToUniversalTime(), Topic: topic))).ToList();
        // Organisations with consent get rows (and their pseudonym and segment join the k-anonymity classes); the others
        // are counted only. One statement, however many facts.
        ops.QueueSqlCommand(
            "with o as (select u.*, "
            + $"(select program_id from {Table(ResearchTables.Offerings)} p where p.offering_id = u.offering_id) as program_id, {ConsentedOf("u")} as consented "
            + "from unnest(?::uuid[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::uuid[]) "
            + "as u(event_id, occurred_at, month, event_type, offering_type, offering_id, kind, topic, organisation_id)), "
            + $"counted as (insert into {Table(ResearchTables.CountedInteractions)} (event_id, topic, occurred_at, month, event_type, offering_type, program_id, kind) "
            + "select event_id, topic, occurred_at, month, event_type, offering_type, program_id, kind from o where not consented on conflict (event_id, topic) do nothing), "
            + $"rows as (insert into {Table(ResearchTables.Interactions)} (event_id, occurred_at, month, event_type, offering_type, offering_id, program_id, kind, topic, {SubjectColumns}) "
            + $"select o.event_id, o.occurred_at, o.month, o.event_type, o.offering_type, o.offering_id, o.program_id, o.kind, o.topic, {SubjectValues} "
            + $"from o {Joins} where o.consented on conflict (event_id, topic) do nothing returning {SubjectColumns}) "
            + NoteSubjects(ResearchTables.Interactions),
            rows.Select(r => r.Fact.EventId).ToArray(), rows.Select(r => r.At).ToArray(), rows.Select(r => Month(r.At)).ToArray(),
            rows.Select(r => r.Fact.EventType).ToArray(), rows.Select(r => r.Fact.Interaction.OfferingType).ToArray(),
            rows.Select(r => r.Fact.Interaction.OfferingId).ToArray(), rows.Select(r => r.Fact.Interaction.Kind).ToArray(),
            rows.Select(r => r.Topic).ToArray(), rows.Select(r => r.Fact.Interaction.OrganisationId).ToArray());
    }

    /// <summary>
    /// Ends an insert's <c>select</c> that names an organisation (the last parameter): an erased organisation's segment
    /// or survey is never written again, neither by a rebuild replaying its profile nor by an event that arrives
    /// after the erasure.
    /// </summary>
    public string NotErased => $"where not exists (select 1 from {schema}.{ResearchTables.Erased} e where e.organisation_id = ?::uuid)";

    /// <summary>A condition on an organisation (the parameter): its members all consented to research.</summary>
    public string ConsentGiven => $"exists (select 1 from {Table(ResearchTables.Consents)} c where c.organisation_id = ?::uuid and c.consented)";

    private const string SubjectColumns = "organisation_pseudonym, industry, size_class, federal_state, maturity_level";

    private const string Pseudonym = "coalesce(left(encode(sha256(coalesce(k.secret, x.secret) || uuid_send(o.organisation_id)), 'hex'), 24), 'erased')";

    private const string SubjectValues = Pseudonym + " as organisation_pseudonym, s.industry, s.size_class, s.federal_state, s.maturity_level";

    /// <summary>Whether the organisation in <c>o.organisation_id</c> consented (no consent recorded: it did not).</summary>
    private string Consented => ConsentedOf("o");

    private string ConsentedOf(string alias) =>
        $"exists (select 1 from {Table(ResearchTables.Consents)} c where c.organisation_id = {alias}.organisation_id and c.consented)";

    /// <summary>Ends a statement whose CTE <c>rows</c> returned the subject columns of the rows it inserted into <paramref name="set"/>.</summary>
    private string NoteSubjects(ResearchTable set) =>
        $"insert into {Table(ResearchTables.Subjects)} (set_name, organisation_pseudonym, industry, size_class, federal_state) "
        + $"select distinct '{set}', organisation_pseudonym, coalesce(industry, ''), coalesce(size_class, ''), coalesce(federal_state, '') from rows order by 2, 3, 4, 5 on conflict do nothing";

    private string From => $"from (select ?::uuid as organisation_id) o {Joins}";

    /// <summary>The pseudonym secret and the segment of the organisation in <c>o.organisation_id</c>.</summary>
    private string Joins =>
        $"left join {schema}.{ResearchTables.PseudonymKeys} k on k.organisation_id = o.organisation_id "
        + $"left join {(IsRebuild ? RebuildKeys : $"(select null::uuid as organisation_id, null::bytea as secret)")} x on x.organisation_id = o.organisation_id "
        + $"left join {Table(ResearchTables.Segments)} s on s.organisation_id = o.organisation_id";

    private void EnsureKey(IDocumentOperations ops, Guid organisationId) => EnsureKeys(ops, [organisationId]);

    private void EnsureKeys(IDocumentOperations ops, Guid[] organisationIds)
    {
        // A random secret per organisation, created on first sight, never for an erased organisation. In id order, so
        // two transactions that meet several new organisations cannot wait on each other's keys in a circle.
        ops.QueueSqlCommand(
            $"insert into {schema}.{ResearchTables.PseudonymKeys} (organisation_id, secret) select o, uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) "
            + $"from unnest(?::uuid[]) o where not exists (select 1 from {schema}.{ResearchTables.Erased} e where e.organisation_id = o) order by o on conflict do nothing",
            [organisationIds]);
        if (IsRebuild)
        {
            ops.QueueSqlCommand(
                $"insert into {RebuildKeys} (organisation_id, secret) select o, uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) "
                + $"from unnest(?::uuid[]) o where exists (select 1 from {schema}.{ResearchTables.Erased} e where e.organisation_id = o) order by o on conflict do nothing",
                [organisationIds]);
        }
    }
}

/// <summary>An interaction event waiting to be written as facts, in the order the events came.</summary>
internal sealed record PendingFact(Guid EventId, string EventType, Interaction Interaction);
