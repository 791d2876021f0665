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
/// <remarks>
/// Table and column names come from <see cref="ResearchTables"/>; the aliases of a statement's own CTEs (<c>o</c>,
/// <c>organisation_id</c>, <c>consented</c>) are plain SQL.
/// </remarks>
internal sealed class ResearchWriter(string schema, string suffix = "")
{
    public bool IsRebuild => suffix.Length > 0;

    public string Table(ResearchTable table) => ResearchTables.Rebuildable.Contains(table) ? $"{schema}.{table}{suffix}" : $"{schema}.{table}";

    /// <summary>During a rebuild: throw-away secrets of erased organisations, shaped as <see cref="ResearchTables.PseudonymKeys"/>.</summary>
    public string RebuildKeys => $"{schema}.research_rebuild_keys";

    public static string Month(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public void Segment(IDocumentOperations ops, Guid organisationId, string industry, string sizeClass, string federalState)
    {
        var s = ResearchTables.Segments;
        ops.QueueSqlCommand(
            $"{Insert.Into(Table(s), s.OrganisationId, s.Industry, s.SizeClass, s.FederalState).Parameters} {NotErased} "
            + Insert.OnConflictUpdate(s.OrganisationId, s.Industry, s.SizeClass, s.FederalState),
            organisationId, industry, sizeClass, federalState, organisationId);
    }

    public void Offering(IDocumentOperations ops, OfferingPublished published)
    {
        var o = ResearchTables.Offerings;
        ops.QueueSqlCommand(
            $"{Insert.Into(Table(o), o.OfferingId, o.OfferingType, o.ProgramId).Parameters} on conflict ({o.OfferingId}) do update set "
            + $"{o.OfferingType} = excluded.{o.OfferingType}, {o.ProgramId} = coalesce(excluded.{o.ProgramId}, {Table(o)}.{o.ProgramId})",
            published.OfferingId, published.OfferingType, published.ProgramId is { } program ? program : DBNull.Value);
    }

    public void Maturity(IDocumentOperations ops, MaturityAssessed assessed)
    {
        var organisation = assessed.Interaction.OrganisationId;
        var s = ResearchTables.Segments;
        ops.QueueSqlCommand(
            $"{Insert.Into(Table(s), s.OrganisationId, s.MaturityLevel).Parameters} {NotErased} "
                + $"{Insert.OnConflictUpdate(s.OrganisationId, s.MaturityLevel)}",
            organisation, assessed.Level.ToString(), organisation);
        EnsureKey(ops, organisation);
        // Without consent nothing of the check is kept: a score is an organisation's own result, not a count.
        var m = ResearchTables.MaturityResults;
        ops.QueueSqlCommand(
            "with rows as "
            + $"({Insert.Into(Table(m), [m.AssessmentId, m.AssessedAt, m.Month, m.Round, m.OverallScore, m.DimensionScores, .. m.Subject])} "
            + $"select ?::uuid, ?::timestamptz, ?::text, ?::int, ?::float8, ?::jsonb, {SubjectValues} {From} where {Consented} "
            + $"on conflict do nothing returning {Column.List(m.Subject)}) "
            + NoteSubjects(m),
            assessed.AssessmentId, assessed.Interaction.OccurredAt, Month(assessed.Interaction.OccurredAt), assessed.Round, assessed.OverallScore,
            System.Text.Json.JsonSerializer.Serialize(assessed.DimensionScores ?? new Dictionary<string, double>()), organisation);
    }

    public void Need(
        IDocumentOperations ops, Guid eventId, Guid organisationId, IReadOnlyList<string> topics, string source, double strength, DateTimeOffset at)
    {
        if (topics.Count == 0)
        {
            return;
        }
        EnsureKey(ops, organisationId);
        var n = ResearchTables.NeedSignals;
        var c = ResearchTables.CountedNeeds;
        var rows = Insert.Into(Table(n), [n.EventId, n.OccurredAt, n.Month, n.Source, n.Strength, n.Topic, .. n.Subject])
            .SelectFrom("from n where consented");
        ops.QueueSqlCommand(
            $"with n as (select ?::uuid as {n.EventId}, ?::timestamptz as {n.OccurredAt}, ?::text as {n.Month}, ?::text as {n.Source}, "
            + $"?::float8 as {n.Strength}, t.topic as {n.Topic}, {SubjectValues}, {Consented} as consented {From} "
            + "cross join unnest(?::text[]) as t(topic)), "
            + $"counted as ({Insert.Into(Table(c), c.EventId, c.Topic, c.OccurredAt, c.Month, c.Source)} "
            + $"select {n.EventId}, {n.Topic}, {n.OccurredAt}, {n.Month}, {n.Source} from n where not consented on conflict do nothing), "
            + $"rows as ({rows} "
            + $"on conflict do nothing returning {Column.List(n.Subject)}) "
            + NoteSubjects(n),
            eventId, at, Month(at), source, strength, organisationId, topics.Distinct(StringComparer.Ordinal).ToArray());
    }

    public void Feedback(IDocumentOperations ops, FeedbackGiven given)
    {
        EnsureKey(ops, given.OrganisationId);
        var f = ResearchTables.Feedback;
        var o = ResearchTables.Offerings;
        var insert = Insert.Into(
            Table(f),
            [
                f.ParticipationId, f.AnsweredAt, f.Month, f.OfferingType, f.OfferingId, f.ProgramId, f.Satisfaction, f.Usefulness, f.Recommendation,
                .. f.Subject,
            ]);
        ops.QueueSqlCommand(
            $"with rows as ({insert} "
            + $"select ?::uuid, ?::timestamptz, ?::text, ?::text, ?::uuid, (select {o.ProgramId} from {Table(o)} "
            + $"where {o.OfferingId} = ?::uuid), ?::int, ?::int, ?::int, "
            + $"{SubjectValues} {From} where {Consented} on conflict do nothing returning {Column.List(f.Subject)}) "
            + NoteSubjects(f),
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
        var c = ResearchTables.Consents;
        ops.QueueSqlCommand(
            $"{Insert.Into(Table(c), c.OrganisationId, c.Consented).Parameters} {Insert.OnConflictUpdate(c.OrganisationId, c.Consented)}",
            changed.OrganisationId, changed.Consented);
        if (changed.Consented)
        {
            return;
        }
        var i = ResearchTables.Interactions;
        var ci = ResearchTables.CountedInteractions;
        var n = ResearchTables.NeedSignals;
        var cn = ResearchTables.CountedNeeds;
        var subjects = ResearchTables.Subjects;
        Column[] facts = [i.EventId, i.Topic, i.OccurredAt, i.Month, i.EventType, i.OfferingType, i.ProgramId, i.Kind];
        Column[] needs = [n.EventId, n.Topic, n.OccurredAt, n.Month, n.Source];
        ops.QueueSqlCommand(
            $"with p as (select {Pseudonym} as pseudonym {From}), "
            + $"facts as (delete from {Table(i)} f using p where f.{i.OrganisationPseudonym} = p.pseudonym returning {Column.List(facts, "f")}), "
            + "counted as "
            + $"({Insert.Into(Table(ci), ci.EventId, ci.Topic, ci.OccurredAt, ci.Month, ci.EventType, ci.OfferingType, ci.ProgramId, ci.Kind)} "
            + $"select {Column.List(facts)} from facts on conflict do nothing), "
            + $"needs as (delete from {Table(n)} f using p where f.{n.OrganisationPseudonym} = p.pseudonym returning {Column.List(needs, "f")}), "
            + $"counted_needs as ({Insert.Into(Table(cn), cn.EventId, cn.Topic, cn.OccurredAt, cn.Month, cn.Source)} select {Column.List(needs)} "
            + "from needs on conflict do nothing), "
            + $"checks as (delete from {Table(ResearchTables.MaturityResults)} f using p where "
            + $"f.{ResearchTables.MaturityResults.OrganisationPseudonym} = p.pseudonym), "
            + $"scores as (delete from {Table(ResearchTables.Feedback)} f using p where f.{ResearchTables.Feedback.OrganisationPseudonym} = "
            + "p.pseudonym) "
            + $"delete from {Table(subjects)} s using p where s.{subjects.OrganisationPseudonym} = p.pseudonym",
            changed.OrganisationId);
        if (!IsRebuild)
        {
            // Surveys not yet sent are research too.
            var surveys = ResearchTables.Surveys;
            ops.QueueSqlCommand(
                $"delete from {schema}.{surveys} where {surveys.OrganisationId} = ? and {surveys.SentAt} is null", changed.OrganisationId);
        }
    }

    /// <summary>
    /// Two organisations were merged: research keeps one pseudonym, the survivor's. The duplicate's rows in every
    /// pseudonymous table (and its k-anonymity entries) take the survivor's pseudonym, and its key row takes the survivor's
    /// secret and id (<see cref="ResearchTables.PseudonymKeys"/> <c>pseudonym_of</c>), so later events under the duplicate's
    /// id get the survivor's pseudonym too. Idempotent: in a rebuild the key already points at the survivor and nothing moves.
    /// </summary>
    public void Merge(IDocumentOperations ops, OrganisationsMerged merged)
    {
        EnsureKeys(ops, [merged.SurvivorId, merged.DuplicateId]);
        var keys = ResearchTables.PseudonymKeys;
        var pair = $"with d as (select {Pseudonym} as old {From}), v as (select {Pseudonym} as new {From}) ";
        foreach (var table in ResearchTables.Pseudonymous)
        {
            ops.QueueSqlCommand(
                pair + $"update {Table(table)} t set {table.OrganisationPseudonym} = v.new from d, v "
                    + $"where t.{table.OrganisationPseudonym} = d.old and d.old <> v.new",
                merged.DuplicateId, merged.SurvivorId);
        }
        var s = ResearchTables.Subjects;
        ops.QueueSqlCommand(
            pair + $", moved as (delete from {Table(s)} t using d, v where t.{s.OrganisationPseudonym} = d.old and d.old <> v.new "
                + $"returning t.{s.SetName}, t.{s.Industry}, t.{s.SizeClass}, t.{s.FederalState}) "
                + $"{Insert.Into(Table(s), s.SetName, s.OrganisationPseudonym, s.Industry, s.SizeClass, s.FederalState)} "
                + $"select m.{s.SetName}, v.new, m.{s.Industry}, m.{s.SizeClass}, m.{s.FederalState} from moved m, v on conflict do nothing",
            merged.DuplicateId, merged.SurvivorId);
        ops.QueueSqlCommand(
            $"update {schema}.{keys} k set {keys.Secret} = v.{keys.Secret}, {keys.PseudonymOf} = v.{keys.OrganisationId} "
                + $"from {schema}.{keys} v where v.{keys.OrganisationId} = ?::uuid "
                + $"and (k.{keys.OrganisationId} = ?::uuid or k.{keys.PseudonymOf} = ?::uuid)",
            merged.SurvivorId, merged.DuplicateId, merged.DuplicateId);
        if (!IsRebuild)
        {
            // Surveys and texts waiting for the duplicate now concern the survivor (its members moved there).
            var surveys = ResearchTables.Surveys;
            var texts = ResearchTables.FeedbackTexts;
            ops.QueueSqlCommand(
                $"update {schema}.{surveys} set {surveys.OrganisationId} = ? where {surveys.OrganisationId} = ?",
                merged.SurvivorId, merged.DuplicateId);
            ops.QueueSqlCommand(
                $"update {schema}.{texts} set {texts.OrganisationId} = ? where {texts.OrganisationId} = ?", merged.SurvivorId, merged.DuplicateId);
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
        var i = ResearchTables.Interactions;
        var ci = ResearchTables.CountedInteractions;
        var offerings = ResearchTables.Offerings;
        // The arrays below, in this order; o adds the program and whether the organisation consented.
        Column[] given = [i.EventId, i.OccurredAt, i.Month, i.EventType, i.OfferingType, i.OfferingId, i.Kind, i.Topic];
        // Organisations with consent get rows (and their pseudonym and segment join the k-anonymity classes); the others
        // are counted only. One statement, however many facts.
        ops.QueueSqlCommand(
            "with o as (select u.*, "
            + $"(select p.{offerings.ProgramId} from {Table(offerings)} p where p.{offerings.OfferingId} = u.{i.OfferingId}) as {i.ProgramId}, "
            + $"{ConsentedOf("u.organisation_id")} as consented "
            + "from unnest(?::uuid[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::uuid[]) "
            + $"as u({Column.List(given)}, organisation_id)), "
            + "counted as "
            + $"({Insert.Into(Table(ci), ci.EventId, ci.Topic, ci.OccurredAt, ci.Month, ci.EventType, ci.OfferingType, ci.ProgramId, ci.Kind)} "
            + $"select {i.EventId}, {i.Topic}, {i.OccurredAt}, {i.Month}, {i.EventType}, {i.OfferingType}, {i.ProgramId}, {i.Kind} from o "
            + "where not consented "
            + $"on conflict ({ci.EventId}, {ci.Topic}) do nothing), "
            + $"rows as ({Insert.Into(Table(i), [.. given, i.ProgramId, .. i.Subject])} select {Column.List([.. given, i.ProgramId], "o")}, "
            + $"{SubjectValues} "
            + $"from o {Joins} where o.consented on conflict ({i.EventId}, {i.Topic}) do nothing returning {Column.List(i.Subject)}) "
            + NoteSubjects(i),
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
    public string NotErased =>
        $"where not exists (select 1 from {schema}.{ResearchTables.Erased} e where e.{ResearchTables.Erased.OrganisationId} = ?::uuid)";

    /// <summary>A condition on an organisation (the parameter): its members all consented to research.</summary>
    public string ConsentGiven => ConsentedOf("?::uuid");

    /// <summary>The pseudonym of the organisation in <c>o.organisation_id</c>, from its secret (<see cref="Joins"/>).</summary>
    private static string Pseudonym =>
        $"coalesce(left(encode(sha256(coalesce(k.{ResearchTables.PseudonymKeys.Secret}, x.{ResearchTables.PseudonymKeys.Secret}) || "
            + $"uuid_send(coalesce(k.{ResearchTables.PseudonymKeys.PseudonymOf}, o.organisation_id))), 'hex'), 24), 'erased')";

    /// <summary>The subject columns of the organisation in <c>o.organisation_id</c>, named as the tables name them.</summary>
    private static string SubjectValues => $"{Pseudonym} as {SubjectColumns.OrganisationPseudonym}, {Column.List(SubjectColumns.Segment, "s")}";

    /// <summary>Whether the organisation in <c>o.organisation_id</c> consented (no consent recorded: it did not).</summary>
    private string Consented => ConsentedOf("o.organisation_id");

    private string ConsentedOf(string organisation)
    {
        var c = ResearchTables.Consents;
        return $"exists (select 1 from {Table(c)} c where c.{c.OrganisationId} = {organisation} and c.{c.Consented})";
    }

    /// <summary>Ends a statement whose CTE <c>rows</c> returned the subject columns of the rows it inserted into <paramref name="set"/>.</summary>
    private string NoteSubjects(PseudonymousTable set)
    {
        var s = ResearchTables.Subjects;
        return $"{Insert.Into(Table(s), s.SetName, s.OrganisationPseudonym, s.Industry, s.SizeClass, s.FederalState)} "
            + $"select distinct '{set}', {set.OrganisationPseudonym}, coalesce({set.Industry}, ''), coalesce({set.SizeClass}, ''), "
            + $"coalesce({set.FederalState}, '') "
            + "from rows order by 2, 3, 4, 5 on conflict do nothing";
    }

    private string From => $"from (select ?::uuid as organisation_id) o {Joins}";

    /// <summary>
    /// The pseudonym secret (<c>k</c>, or <c>x</c> in a rebuild) and the segment (<c>s</c>) of the organisation in
    /// <c>o.organisation_id</c>.
    /// </summary>
    private string Joins
    {
        get
        {
            var keys = ResearchTables.PseudonymKeys;
            var segments = ResearchTables.Segments;
            return $"left join {schema}.{keys} k on k.{keys.OrganisationId} = o.organisation_id "
                + $"left join {(IsRebuild ? RebuildKeys : $"(select null::uuid as {keys.OrganisationId}, null::bytea as {keys.Secret})")} x "
                + $"on x.{keys.OrganisationId} = o.organisation_id "
                + $"left join {Table(segments)} s on s.{segments.OrganisationId} = o.organisation_id";
        }
    }

    private void EnsureKey(IDocumentOperations ops, Guid organisationId) => EnsureKeys(ops, [organisationId]);

    private void EnsureKeys(IDocumentOperations ops, Guid[] organisationIds)
    {
        // A random secret per organisation, created on first sight, never for an erased organisation. In id order, so
        // two transactions that meet several new organisations cannot wait on each other's keys in a circle.
        var keys = ResearchTables.PseudonymKeys;
        var erased = ResearchTables.Erased;
        ops.QueueSqlCommand(
            $"{Insert.Into($"{schema}.{keys}", keys.OrganisationId, keys.Secret)} select o, uuid_send(gen_random_uuid()) || "
            + "uuid_send(gen_random_uuid()) "
            + $"from unnest(?::uuid[]) o where not exists (select 1 from {schema}.{erased} e where e.{erased.OrganisationId} = o) order by o "
            + "on conflict do nothing",
            [organisationIds]);
        if (IsRebuild)
        {
            ops.QueueSqlCommand(
                $"{Insert.Into(RebuildKeys, keys.OrganisationId, keys.Secret)} select o, uuid_send(gen_random_uuid()) || "
                + "uuid_send(gen_random_uuid()) "
                + $"from unnest(?::uuid[]) o where exists (select 1 from {schema}.{erased} e where e.{erased.OrganisationId} = o) order by o "
                + "on conflict do nothing",
                [organisationIds]);
        }
    }
}

/// <summary>An interaction event waiting to be written as facts, in the order the events came.</summary>
internal sealed record PendingFact(Guid EventId, string EventType, Interaction Interaction);
