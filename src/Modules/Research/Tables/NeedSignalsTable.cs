namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>One row per need event and topic (check, questionnaire, feedback) of an organisation that consented.</summary>
internal sealed class NeedSignalsTable : PseudonymousTable
{
    public NeedSignalsTable()
        : base("research_need_signals")
    {
        Key(Id);
        EventId = Required("event_id", "uuid");
        OccurredAt = Required("occurred_at", "timestamptz");
        Add(Month);
        AddSubject();
        Topic = Required("topic", "text");
        Source = Required("source", "text");
        Strength = Required("strength", "double precision");
        Unique($"ux_{Name}_event_topic", EventId, Topic);
    }

    public Column EventId { get; }
    public Column OccurredAt { get; }
    public Column Topic { get; }
    public Column Source { get; }
    public Column Strength { get; }
}
