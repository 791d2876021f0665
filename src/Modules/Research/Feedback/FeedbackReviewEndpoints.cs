using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>
/// Staff review of survey free texts. Approval publishes a (possibly edited) text with contact data removed
/// and deletes the original; rejection deletes it. Only approved texts reach analysts.
/// </summary>
internal static class FeedbackReviewEndpoints
{
    public sealed record Approval(string? Text);

    private static FeedbackTextsTable T => ResearchTables.FeedbackTexts;

    public static void MapFeedbackReview(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/feedback-texts").RequireAuthorization(Policies.Staff);
        group.MapGet("/", List).RequireAuthorization(Policies.Staff).WithName("ResearchListFeedbackTexts");
        group.MapPost("/{commentId:guid}/approve", Approve).RequireAuthorization(Policies.Staff).WithName("ResearchApproveFeedbackText");
        group.MapPost("/{commentId:guid}/reject", Reject).RequireAuthorization(Policies.Staff).WithName("ResearchRejectFeedbackText");
    }

    private static async Task<IResult> List(string? status, NpgsqlDataSource database, ResearchSchema schema, ITexts texts, CancellationToken ct)
    {
        status ??= "pending";
        if (status is not ("pending" or "approved" or "rejected"))
        {
            return new FieldProblems().Add("status", texts.Get("research.feedback-review.status-unknown")).ToResult();
        }
        await using var command = database.CreateCommand(
            $"select {T.CommentId}, {T.OfferingType}, {T.Month}, {T.Text}, {T.PublishedText} from {schema.Name}.{T} where {T.Status} = $1 "
                + $"order by {T.Month}, {T.CommentId} limit 500");
        command.Parameters.AddWithValue(status);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<object>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new
            {
                commentId = reader.GetGuid(0),
                offeringType = reader.GetString(1),
                month = reader.GetString(2),
                text = reader.IsDBNull(3) ? null : reader.GetString(3),
                publishedText = reader.IsDBNull(4) ? null : reader.GetString(4),
                status,
            });
        }
        return Results.Ok(rows);
    }

    private static async Task<IResult> Approve(
        Guid commentId, Approval? body, NpgsqlDataSource database, ResearchSchema schema, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        if (body?.Text is { Length: > SurveyAnswer.MaxFreeText })
        {
            return new FieldProblems()
                .Add("text", texts.Get("research.free-text-too-long", TextArgs.Of(("max", SurveyAnswer.MaxFreeText))))
                .ToResult();
        }
        var text = string.IsNullOrWhiteSpace(body?.Text) ? null : body.Text.Trim();
        if (text is null)
        {
            // Not edited: publish the original (the redaction still runs).
            await using var read = database.CreateCommand($"select {T.Text} from {schema.Name}.{T} where {T.CommentId} = $1");
            read.Parameters.AddWithValue(commentId);
            text = await read.ExecuteScalarAsync(ct) as string;
            if (text is null)
            {
                return Results.NotFound();
            }
        }
        var published = Redaction.Apply(text);
        await using var command = database.CreateCommand(
            $"update {schema.Name}.{T} set {T.PublishedText} = $1, {T.Text} = null, {T.Status} = 'approved', {T.ReviewedAt} = $2 "
                + $"where {T.CommentId} = $3");
        command.Parameters.AddWithValue(published);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        command.Parameters.AddWithValue(commentId);
        return await command.ExecuteNonQueryAsync(ct) == 0
            ? Results.NotFound()
            : Results.Ok(new { commentId, status = "approved", publishedText = published });
    }

    private static async Task<IResult> Reject(
        Guid commentId, NpgsqlDataSource database, ResearchSchema schema, TimeProvider clock, CancellationToken ct)
    {
        await using var command = database.CreateCommand(
            $"update {schema.Name}.{T} set {T.Text} = null, {T.PublishedText} = null, {T.Status} = 'rejected', {T.ReviewedAt} = $1 "
                + $"where {T.CommentId} = $2");
        command.Parameters.AddWithValue(clock.GetUtcNow());
        command.Parameters.AddWithValue(commentId);
        return await command.ExecuteNonQueryAsync(ct) == 0 ? Results.NotFound() : Results.Ok(new { commentId, status = "rejected" });
    }
}
