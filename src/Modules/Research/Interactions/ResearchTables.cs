using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Kompetenzzentrum.Modules.Research.Interactions;

/// <summary>
/// Plain relational tables (not Marten documents), so that EF Core can translate OData queries into SQL.
/// Marten creates them with the rest of the schema at start, before any event can be projected into them.
/// </summary>
internal static class ResearchTables
{
    public const string Interactions = "research_interactions";
    public const string Segments = "research_segments";
    public const string PseudonymKeys = "research_pseudonym_keys";

    public static IEnumerable<Table> All(string schema)
    {
        var facts = new Table(new PostgresqlObjectName(schema, Interactions, SchemaUtils.IdentifierUsage.General));
        facts.AddColumn("id", "bigserial").AsPrimaryKey();
        facts.AddColumn("event_id", "uuid").NotNull();
        facts.AddColumn("occurred_at", "timestamptz").NotNull();
        facts.AddColumn("month", "text").NotNull();
        facts.AddColumn("organisation_pseudonym", "text").NotNull();
        facts.AddColumn("industry", "text");
        facts.AddColumn("size_class", "text");
        facts.AddColumn("federal_state", "text");
        facts.AddColumn("maturity_level", "text");
        facts.AddColumn("event_type", "text").NotNull();
        facts.AddColumn("offering_type", "text");
        facts.AddColumn("offering_id", "uuid");
        facts.AddColumn("topic", "text").NotNull();
        facts.AddColumn("kind", "text").NotNull();
        facts.Indexes.Add(new IndexDefinition($"ux_{Interactions}_event_topic") { Columns = ["event_id", "topic"], IsUnique = true });
        facts.Indexes.Add(new IndexDefinition($"ix_{Interactions}_month_topic") { Columns = ["month", "topic"] });
        yield return facts;

        // What research knows about an organisation now; copied into each fact, so a fact keeps the segment
        // the organisation was in at the time.
        var segments = new Table(new PostgresqlObjectName(schema, Segments, SchemaUtils.IdentifierUsage.General));
        segments.AddColumn("organisation_id", "uuid").AsPrimaryKey();
        segments.AddColumn("industry", "text");
        segments.AddColumn("size_class", "text");
        segments.AddColumn("federal_state", "text");
        segments.AddColumn("maturity_level", "text");
        yield return segments;

        // The only link from a pseudonym back to an organisation; erasure deletes the row.
        var keys = new Table(new PostgresqlObjectName(schema, PseudonymKeys, SchemaUtils.IdentifierUsage.General));
        keys.AddColumn("organisation_id", "uuid").AsPrimaryKey();
        keys.AddColumn("secret", "bytea").NotNull();
        yield return keys;
    }
}
