namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>
/// The scores of each answered feedback survey. Keyed by a serial for analysts: the participation id would link back to
/// the booking organisation.
/// </summary>
internal sealed class FeedbackTable : PseudonymousTable
{
    public FeedbackTable()
        : base("research_feedback")
    {
        Key(Id);
        ParticipationId = Required("participation_id", "uuid");
        AnsweredAt = Required("answered_at", "timestamptz");
        Add(Month);
        AddSubject();
        OfferingType = Required("offering_type", "text");
        OfferingId = Required("offering_id", "uuid");
        ProgramId = Optional("program_id", "uuid");
        Satisfaction = Required("satisfaction", "integer");
        Usefulness = Required("usefulness", "integer");
        Recommendation = Required("recommendation", "integer");
        Unique($"ux_{Name}_participation", ParticipationId);
    }

    public Column ParticipationId { get; }
    public Column AnsweredAt { get; }
    public Column OfferingType { get; }
    public Column OfferingId { get; }
    public Column ProgramId { get; }
    public Column Satisfaction { get; }
    public Column Usefulness { get; }
    public Column Recommendation { get; }
}
