namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>Need signals of organisations without consent, counted as <see cref="CountedInteractionsTable"/> counts interactions.</summary>
internal sealed class CountedNeedsTable : ResearchTable
{
    public CountedNeedsTable()
        : base("research_counted_needs")
    {
        EventId = Required("event_id", "uuid");
        Topic = Required("topic", "text");
        OccurredAt = Required("occurred_at", "timestamptz");
        Month = Required("month", "text");
        Source = Required("source", "text");
        Unique($"ux_{Name}_event_topic", EventId, Topic);
    }

    public Column EventId { get; }
    public Column Topic { get; }
    public Column OccurredAt { get; }
    public Column Month { get; }
    public Column Source { get; }
}
