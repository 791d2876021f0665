namespace Kompetenzzentrum.Modules.Research.Tables;

/// <summary>Free text of surveys: held for staff review, published to analysts only as approved (redacted) text.</summary>
internal sealed class FeedbackTextsTable : ResearchTable
{
    public FeedbackTextsTable()
        : base("research_feedback_texts")
    {
        ParticipationId = Key("participation_id", "uuid");
        CommentId = Required("comment_id", "uuid");
        OrganisationId = Optional("organisation_id", "uuid");
        OfferingType = Required("offering_type", "text");
        Month = Required("month", "text");
        Text = Optional("text", "text");
        Status = Required("status", "text");
        PublishedText = Optional("published_text", "text");
        ReviewedAt = Optional("reviewed_at", "timestamptz");
    }

    public Column ParticipationId { get; }
    public Column CommentId { get; }
    public Column OrganisationId { get; }
    public Column OfferingType { get; }
    public Column Month { get; }

    /// <summary>The text as written, until a review publishes or rejects it.</summary>
    public Column Text { get; }

    /// <summary><c>pending</c>, <c>approved</c> or <c>rejected</c>.</summary>
    public Column Status { get; }
    public Column PublishedText { get; }
    public Column ReviewedAt { get; }
}
