using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Kompetenzzentrum.Modules.Research.Interactions;

/// <summary>
/// Plain relational tables (not Marten documents), so that EF Core can translate OData queries into SQL.
/// Marten creates them with the rest of the schema at start, before any event can be projected into them.
/// The read models (<see cref="Rebuildable"/>) come from events only and can be rebuilt; the others hold
/// state that is not in the event history (pseudonym secrets, survey tokens, free text under review).
/// </summary>
internal static class ResearchTables
{
    public const string Interactions = "research_interactions";
    public const string Segments = "research_segments";
    public const string NeedSignals = "research_need_signals";
    public const string Feedback = "research_feedback";
    public const string MaturityResults = "research_maturity_results";
    public const string Offerings = "research_offerings";
    public const string PseudonymKeys = "research_pseudonym_keys";
    public const string Erased = "research_erased_organisations";
    public const string Surveys = "research_surveys";
    public const string FeedbackTexts = "research_feedback_texts";
    public const string Reports = "research_reports";
    public const string Consents = "research_consents";
    public const string Subjects = "research_subjects";
    public const string CountedInteractions = "research_counted_interactions";
    public const string CountedNeeds = "research_counted_needs";

    /// <summary>Tables written only by the projection, rebuilt from the event history.</summary>
    public static IReadOnlyList<string> Rebuildable { get; } =
        [Interactions, Segments, NeedSignals, Feedback, MaturityResults, Offerings, Consents, Subjects, CountedInteractions, CountedNeeds];

    /// <summary>The tables with a row per organisation and event (pseudonym and segment): their sets in <see cref="Subjects"/>.</summary>
    public static IReadOnlyList<string> Pseudonymous { get; } = [Interactions, NeedSignals, Feedback, MaturityResults];

    public static IEnumerable<Table> All(string schema)
    {
        Table New(string name) => new(new PostgresqlObjectName(schema, name, SchemaUtils.IdentifierUsage.General));

        var facts = New(Interactions);
        facts.AddColumn("id", "bigserial").AsPrimaryKey();
        facts.AddColumn("event_id", "uuid").NotNull();
        facts.AddColumn("occurred_at", "timestamptz").NotNull();
        facts.AddColumn("month", "text").NotNull();
        facts.AddColumn("organisation_pseudonym", "text").NotNull();
        Segment(facts);
        facts.AddColumn("event_type", "text").NotNull();
        facts.AddColumn("offering_type", "text");
        facts.AddColumn("offering_id", "uuid");
        facts.AddColumn("program_id", "uuid");
        facts.AddColumn("topic", "text").NotNull();
        facts.AddColumn("kind", "text").NotNull();
        facts.Indexes.Add(new IndexDefinition($"ux_{Interactions}_event_topic") { Columns = ["event_id", "topic"], IsUnique = true });
        facts.Indexes.Add(new IndexDefinition($"ix_{Interactions}_month_topic") { Columns = ["month", "topic"] });
        facts.Indexes.Add(new IndexDefinition($"ix_{Interactions}_occurred") { Columns = ["occurred_at"] });
        yield return facts;

        // What research knows about an organisation now; copied into each fact, so a fact keeps the segment
        // the organisation was in at the time.
        var segments = New(Segments);
        segments.AddColumn("organisation_id", "uuid").AsPrimaryKey();
        Segment(segments);
        yield return segments;

        var needs = New(NeedSignals);
        needs.AddColumn("id", "bigserial").AsPrimaryKey();
        needs.AddColumn("event_id", "uuid").NotNull();
        needs.AddColumn("occurred_at", "timestamptz").NotNull();
        needs.AddColumn("month", "text").NotNull();
        needs.AddColumn("organisation_pseudonym", "text").NotNull();
        Segment(needs);
        needs.AddColumn("topic", "text").NotNull();
        needs.AddColumn("source", "text").NotNull();
        needs.AddColumn("strength", "double precision").NotNull();
        needs.Indexes.Add(new IndexDefinition($"ux_{NeedSignals}_event_topic") { Columns = ["event_id", "topic"], IsUnique = true });
        yield return needs;

        var feedback = New(Feedback);
        // Keyed by a serial for analysts: the participation id would link back to the booking organisation.
        feedback.AddColumn("id", "bigserial").AsPrimaryKey();
        feedback.AddColumn("participation_id", "uuid").NotNull();
        feedback.Indexes.Add(new IndexDefinition($"ux_{Feedback}_participation") { Columns = ["participation_id"], IsUnique = true });
        feedback.AddColumn("answered_at", "timestamptz").NotNull();
        feedback.AddColumn("month", "text").NotNull();
        feedback.AddColumn("organisation_pseudonym", "text").NotNull();
        Segment(feedback);
        feedback.AddColumn("offering_type", "text").NotNull();
        feedback.AddColumn("offering_id", "uuid").NotNull();
        feedback.AddColumn("program_id", "uuid");
        feedback.AddColumn("satisfaction", "integer").NotNull();
        feedback.AddColumn("usefulness", "integer").NotNull();
        feedback.AddColumn("recommendation", "integer").NotNull();
        yield return feedback;

        var maturity = New(MaturityResults);
        maturity.AddColumn("id", "bigserial").AsPrimaryKey();
        maturity.AddColumn("assessment_id", "uuid").NotNull();
        maturity.Indexes.Add(new IndexDefinition($"ux_{MaturityResults}_assessment") { Columns = ["assessment_id"], IsUnique = true });
        maturity.AddColumn("assessed_at", "timestamptz").NotNull();
        maturity.AddColumn("month", "text").NotNull();
        maturity.AddColumn("organisation_pseudonym", "text").NotNull();
        Segment(maturity);
        maturity.AddColumn("round", "integer").NotNull();
        maturity.AddColumn("overall_score", "double precision").NotNull();
        // Score per dimension (jsonb object), for the analysts' dashboard; not part of the OData entity.
        maturity.AddColumn("dimension_scores", "jsonb");
        yield return maturity;

        // Organisations whose members all consented (OrganisationResearchConsentChanged): only their data is kept as rows.
        var consents = New(Consents);
        consents.AddColumn("organisation_id", "uuid").AsPrimaryKey();
        consents.AddColumn("consented", "boolean").NotNull();
        yield return consents;

        // Which pseudonym appears with which segment in which row table ('' for unknown): the classes of the
        // k-anonymity rule the OData sets apply (OData/Release), small enough to evaluate on every query.
        var subjects = New(Subjects);
        subjects.AddColumn("set_name", "text").NotNull();
        subjects.AddColumn("organisation_pseudonym", "text").NotNull();
        subjects.AddColumn("industry", "text").NotNull();
        subjects.AddColumn("size_class", "text").NotNull();
        subjects.AddColumn("federal_state", "text").NotNull();
        subjects.Indexes.Add(new IndexDefinition($"ux_{Subjects}") { Columns = ["set_name", "organisation_pseudonym", "industry", "size_class", "federal_state"], IsUnique = true });
        yield return subjects;

        // Interactions and needs of organisations without consent: one row per event and topic with neither pseudonym
        // nor segment, so they count exactly once (rebuilds replay); analysts see only monthly sums, the time serves
        // the KPI periods.
        var counted = New(CountedInteractions);
        counted.AddColumn("event_id", "uuid").NotNull();
        counted.AddColumn("topic", "text").NotNull();
        counted.AddColumn("occurred_at", "timestamptz").NotNull();
        counted.AddColumn("month", "text").NotNull();
        counted.AddColumn("event_type", "text").NotNull();
        counted.AddColumn("offering_type", "text");
        counted.AddColumn("program_id", "uuid");
        counted.AddColumn("kind", "text").NotNull();
        counted.Indexes.Add(new IndexDefinition($"ux_{CountedInteractions}_event_topic") { Columns = ["event_id", "topic"], IsUnique = true });
        yield return counted;

        var countedNeeds = New(CountedNeeds);
        countedNeeds.AddColumn("event_id", "uuid").NotNull();
        countedNeeds.AddColumn("topic", "text").NotNull();
        countedNeeds.AddColumn("occurred_at", "timestamptz").NotNull();
        countedNeeds.AddColumn("month", "text").NotNull();
        countedNeeds.AddColumn("source", "text").NotNull();
        countedNeeds.Indexes.Add(new IndexDefinition($"ux_{CountedNeeds}_event_topic") { Columns = ["event_id", "topic"], IsUnique = true });
        yield return countedNeeds;

        // Offering -> program, learned from OfferingPublished, so KPIs can be reported by program.
        var offerings = New(Offerings);
        offerings.AddColumn("offering_id", "uuid").AsPrimaryKey();
        offerings.AddColumn("offering_type", "text").NotNull();
        offerings.AddColumn("program_id", "uuid");
        yield return offerings;

        foreach (var table in Operational(New))
        {
            yield return table;
        }
    }

    private static IEnumerable<Table> Operational(Func<string, Table> create)
    {
        // The only link from a pseudonym back to an organisation; erasure deletes the row.
        var keys = create(PseudonymKeys);
        keys.AddColumn("organisation_id", "uuid").AsPrimaryKey();
        keys.AddColumn("secret", "bytea").NotNull();
        yield return keys;

        // Organisations erased: they get no new key (their later facts and rebuilt facts use a throw-away one).
        var erased = create(Erased);
        erased.AddColumn("organisation_id", "uuid").AsPrimaryKey();
        yield return erased;

        var surveys = create(Surveys);
        surveys.AddColumn("participation_id", "uuid").AsPrimaryKey();
        surveys.AddColumn("organisation_id", "uuid").NotNull();
        surveys.AddColumn("offering_id", "uuid").NotNull();
        surveys.AddColumn("offering_type", "text").NotNull();
        surveys.AddColumn("topics", "text[]").NotNull();
        surveys.AddColumn("completed_at", "timestamptz").NotNull();
        surveys.AddColumn("token_hash", "bytea");
        surveys.AddColumn("sent_at", "timestamptz");
        surveys.AddColumn("answered_at", "timestamptz");
        surveys.Indexes.Add(new IndexDefinition($"ux_{Surveys}_token") { Columns = ["token_hash"], IsUnique = true });
        yield return surveys;

        // Free text of surveys: held for staff review, published to analysts only as approved (redacted) text.
        var texts = create(FeedbackTexts);
        texts.AddColumn("participation_id", "uuid").AsPrimaryKey();
        texts.AddColumn("comment_id", "uuid").NotNull();
        texts.AddColumn("organisation_id", "uuid");
        texts.AddColumn("offering_type", "text").NotNull();
        texts.AddColumn("month", "text").NotNull();
        texts.AddColumn("text", "text");
        texts.AddColumn("status", "text").NotNull();
        texts.AddColumn("published_text", "text");
        texts.AddColumn("reviewed_at", "timestamptz");
        yield return texts;

        var reports = create(Reports);
        reports.AddColumn("id", "uuid").AsPrimaryKey();
        reports.AddColumn("period_from", "date").NotNull();
        reports.AddColumn("period_to", "date").NotNull();
        reports.AddColumn("created_at", "timestamptz").NotNull();
        reports.AddColumn("html", "text").NotNull();
        yield return reports;
    }

    private static void Segment(Table table)
    {
        table.AddColumn("industry", "text");
        table.AddColumn("size_class", "text");
        table.AddColumn("federal_state", "text");
        table.AddColumn("maturity_level", "text");
    }
}
