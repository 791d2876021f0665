namespace Kompetenzzentrum.Modules.Research.FeedbackReview;

/// <summary>
/// One survey free text in review: the text as written while <c>pending</c>, the published (redacted) text once
/// <c>approved</c>, neither once <c>rejected</c>. No organisation or person: staff review the words, not who wrote them.
/// </summary>
internal sealed record FeedbackText(Guid CommentId, string OfferingType, string Month, string? Text, string? PublishedText, string Status)
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> Statuses = [Pending, Approved, Rejected];
}
