namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>One row per interaction event and topic of an organisation that consented to research.</summary>
internal sealed class InteractionsTable : PseudonymousTable
{
    public InteractionsTable()
        : base("research_interactions")
    {
        Key(Id);
        EventId = Required("event_id", "uuid");
        OccurredAt = Required("occurred_at", "timestamptz");
        Add(Month);
        AddSubject();
        EventType = Required("event_type", "text");
        OfferingType = Optional("offering_type", "text");
        OfferingId = Optional("offering_id", "uuid");
        ProgramId = Optional("program_id", "uuid");
        Topic = Required("topic", "text");
        Kind = Required("kind", "text");
        Unique($"ux_{Name}_event_topic", EventId, Topic);
        Index($"ix_{Name}_month_topic", Month, Topic);
        Index($"ix_{Name}_occurred", OccurredAt);
    }

    public Column EventId { get; }
    public Column OccurredAt { get; }
    public Column EventType { get; }
    public Column OfferingType { get; }
    public Column OfferingId { get; }
    public Column ProgramId { get; }
    public Column Topic { get; }
    public Column Kind { get; }
}
