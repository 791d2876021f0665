using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Research.Feedback;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.FeedbackReview;

/// <summary>
/// Staff review of survey free texts, the one handler behind the API and the review page. Approval publishes a text (the
/// original or staff's edited wording) with contact data removed (<see cref="Redaction"/>) and deletes the original;
/// rejection deletes it. Only approved texts reach analysts.
/// </summary>
internal sealed class FeedbackReviews(NpgsqlDataSource database, ResearchSchema schema, TimeProvider clock)
{
    private const int Limit = 500;

    private static FeedbackTextsTable T => ResearchTables.FeedbackTexts;

    private string Table => $"{schema.Name}.{T}";

    /// <summary>The texts in one status, oldest month first, at most 500.</summary>
    public async Task<Result<IReadOnlyList<FeedbackText>>> ListAsync(string? status, CancellationToken ct)
    {
        status ??= FeedbackText.Pending;
        if (!FeedbackText.Statuses.Contains(status))
        {
            return Refusal.Invalid("status", "research.feedback-review.status-unknown");
        }
        await using var command = database.CreateCommand(
            $"select {T.CommentId}, {T.OfferingType}, {T.Month}, {T.Text}, {T.PublishedText} from {Table} where {T.Status} = $1 "
                + $"order by {T.Month}, {T.CommentId} limit {Limit}");
        command.Parameters.AddWithValue(status);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<FeedbackText>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new FeedbackText(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), status));
        }
        return rows;
    }

    /// <summary>Publishes <paramref name="edited"/> (or, when empty, the original) without contact data.</summary>
    public async Task<Result<FeedbackText>> ApproveAsync(Guid commentId, string? edited, CancellationToken ct)
    {
        if (edited is { Length: > SurveyAnswer.MaxFreeText })
        {
            return Refusal.Invalid("text", "research.free-text-too-long", TextArgs.Of(("max", SurveyAnswer.MaxFreeText)));
        }
        var text = string.IsNullOrWhiteSpace(edited) ? await OriginalAsync(commentId, ct) : edited.Trim();
        if (text is null)
        {
            return Refusal.NotFound("research.feedback-review.not-found");
        }
        var published = Redaction.Apply(text);
        await using var command = database.CreateCommand(
            $"update {Table} set {T.PublishedText} = $1, {T.Text} = null, {T.Status} = '{FeedbackText.Approved}', {T.ReviewedAt} = $2 "
                + $"where {T.CommentId} = $3 returning {T.OfferingType}, {T.Month}");
        command.Parameters.AddWithValue(published);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        command.Parameters.AddWithValue(commentId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new FeedbackText(commentId, reader.GetString(0), reader.GetString(1), null, published, FeedbackText.Approved)
            : Refusal.NotFound("research.feedback-review.not-found");
    }

    /// <summary>Deletes the text for good; the survey's figures stay.</summary>
    public async Task<Result<FeedbackText>> RejectAsync(Guid commentId, CancellationToken ct)
    {
        await using var command = database.CreateCommand(
            $"update {Table} set {T.Text} = null, {T.PublishedText} = null, {T.Status} = '{FeedbackText.Rejected}', {T.ReviewedAt} = $1 "
                + $"where {T.CommentId} = $2 returning {T.OfferingType}, {T.Month}");
        command.Parameters.AddWithValue(clock.GetUtcNow());
        command.Parameters.AddWithValue(commentId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new FeedbackText(commentId, reader.GetString(0), reader.GetString(1), null, null, FeedbackText.Rejected)
            : Refusal.NotFound("research.feedback-review.not-found");
    }

    private async Task<string?> OriginalAsync(Guid commentId, CancellationToken ct)
    {
        await using var read = database.CreateCommand($"select {T.Text} from {Table} where {T.CommentId} = $1");
        read.Parameters.AddWithValue(commentId);
        return await read.ExecuteScalarAsync(ct) as string;
    }
}
