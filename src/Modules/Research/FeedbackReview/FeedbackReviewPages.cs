using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Research.FeedbackReview;

/// <summary>
/// The staff review queue of survey free texts: pending texts with the redaction already applied as a proposal staff may edit,
/// then approve or reject; approved and rejected ones on their tabs. Plain forms over <see cref="FeedbackReviews"/>.
/// </summary>
internal static class FeedbackReviewPages
{
    public const string Path = "/backoffice/freitexte";

    public static string Approve(Guid commentId) => $"{Path}/{commentId}/freigeben";

    public static string Reject(Guid commentId) => $"{Path}/{commentId}/ablehnen";

    public static void MapFeedbackReviewPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, ShowAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{commentId:guid}/freigeben", ApproveAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{commentId:guid}/ablehnen", RejectAsync).RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> ShowAsync(
        string? status, FeedbackReviews reviews, IEnumerable<OfferingTypeDefinition> types, ITexts texts, CancellationToken ct)
    {
        var shown = status is not null && FeedbackText.Statuses.Contains(status) ? status : FeedbackText.Pending;
        var rows = await reviews.ListAsync(shown, ct);
        var names = types.ToDictionary(t => t.Key, t => t.Name.For(UiText.Language));
        return UiPages.Render<FeedbackReviewPage>(new
        {
            Status = shown,
            Rows = rows.Succeeded
                ? rows.Value.Select(r => new FeedbackReviewPage.Row(r.CommentId, r.OfferingType, r.Month, r.Text, r.PublishedText, r.Status)).ToList()
                : [],
            TypeNames = names,
        });
    }

    private static async Task<IResult> ApproveAsync(
        Guid commentId, IFormCollection form, HttpContext http, FeedbackReviews reviews, ITexts texts, CancellationToken ct)
    {
        var result = await reviews.ApproveAsync(commentId, form["text"].ToString(), ct);
        return Answer(result, http, texts, "research.feedback-review.approved");
    }

    private static async Task<IResult> RejectAsync(Guid commentId, HttpContext http, FeedbackReviews reviews, ITexts texts, CancellationToken ct) =>
        Answer(await reviews.RejectAsync(commentId, ct), http, texts, "research.feedback-review.rejected");

    private static IResult Answer(Result<FeedbackText> result, HttpContext http, ITexts texts, string done) =>
        result.Refusal is { } refusal
            ? UiPages.Failed(http, Path, texts.Reason(refusal))
            : UiPages.Done(http, Path, texts.Get(done));
}
