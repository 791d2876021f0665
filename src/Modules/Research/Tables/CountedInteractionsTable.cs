namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// Interactions of organisations without consent: one row per event and topic with neither pseudonym nor segment, so
/// they count exactly once (rebuilds replay); analysts see only monthly sums, the time serves the KPI periods.
/// </summary>
internal sealed class CountedInteractionsTable : ResearchTable
{
    public CountedInteractionsTable()
        : base("research_counted_interactions")
    {
        EventId = Required("event_id", "uuid");
        Topic = Required("topic", "text");
        OccurredAt = Required("occurred_at", "timestamptz");
        Month = Required("month", "text");
        EventType = Required("event_type", "text");
        OfferingType = Optional("offering_type", "text");
        ProgramId = Optional("program_id", "uuid");
        Kind = Required("kind", "text");
        Unique($"ux_{Name}_event_topic", EventId, Topic);
    }

    public Column EventId { get; }
    public Column Topic { get; }
    public Column OccurredAt { get; }
    public Column Month { get; }
    public Column EventType { get; }
    public Column OfferingType { get; }
    public Column ProgramId { get; }
    public Column Kind { get; }
}
