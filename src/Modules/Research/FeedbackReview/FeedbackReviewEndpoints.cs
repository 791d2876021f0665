using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Research.FeedbackReview;

/// <summary>The review of survey free texts over the API, a thin adapter over <see cref="FeedbackReviews"/> (as the page is).</summary>
internal static class FeedbackReviewEndpoints
{
    /// <summary>An approval; <paramref name="Text"/> is staff's edited wording, empty for the original.</summary>
    public sealed record Approval(string? Text);

    public static void MapFeedbackReview(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/feedback-texts").RequireAuthorization(Policies.Staff);
        group.MapGet("/", List).RequireAuthorization(Policies.Staff).WithName("ResearchListFeedbackTexts")
            .Produces<IReadOnlyList<FeedbackText>>().ProducesValidationProblem();
        group.MapPost("/{commentId:guid}/approve", Approve).RequireAuthorization(Policies.Staff).WithName("ResearchApproveFeedbackText")
            .Produces<FeedbackText>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{commentId:guid}/reject", Reject).RequireAuthorization(Policies.Staff).WithName("ResearchRejectFeedbackText")
            .Produces<FeedbackText>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> List(string? status, FeedbackReviews reviews, CancellationToken ct) =>
        (await reviews.ListAsync(status, ct)).ToHttpResult(rows => Results.Ok(rows));

    private static async Task<IResult> Approve(Guid commentId, Approval? body, FeedbackReviews reviews, CancellationToken ct) =>
        (await reviews.ApproveAsync(commentId, body?.Text, ct)).ToHttpResult(approved => Results.Ok(approved));

    private static async Task<IResult> Reject(Guid commentId, FeedbackReviews reviews, CancellationToken ct) =>
        (await reviews.RejectAsync(commentId, ct)).ToHttpResult(rejected => Results.Ok(rejected));
}
