namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>A feedback survey per completed participation: queued, sent (only the token's hash is kept), answered.</summary>
internal sealed class SurveysTable : ResearchTable
{
    public SurveysTable()
        : base("research_surveys")
    {
        ParticipationId = Key("participation_id", "uuid");
        OrganisationId = Required("organisation_id", "uuid");
        OfferingId = Required("offering_id", "uuid");
        OfferingType = Required("offering_type", "text");
        Topics = Required("topics", "text[]");
        CompletedAt = Required("completed_at", "timestamptz");
        TokenHash = Optional("token_hash", "bytea");
        SentAt = Optional("sent_at", "timestamptz");
        AnsweredAt = Optional("answered_at", "timestamptz");
        Unique($"ux_{Name}_token", TokenHash);
    }

    public Column ParticipationId { get; }
    public Column OrganisationId { get; }
    public Column OfferingId { get; }
    public Column OfferingType { get; }
    public Column Topics { get; }
    public Column CompletedAt { get; }
    public Column TokenHash { get; }
    public Column SentAt { get; }
    public Column AnsweredAt { get; }
}
