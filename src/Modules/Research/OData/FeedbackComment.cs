namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>A survey free text that staff approved, with contact data removed; no pseudonym, no link.</summary>
internal sealed class FeedbackComment
{
    public Guid CommentId { get; set; }
    public string Month { get; set; } = "";
    public string OfferingType { get; set; } = "";
    public string Text { get; set; } = "";
}
