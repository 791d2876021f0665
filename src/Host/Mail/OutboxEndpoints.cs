using Kompetenzzentrum.Contracts.Security;
using Marten;

namespace Kompetenzzentrum.Host.Mail;

/// <summary>Staff read the outbox: in the embedded default, mails go nowhere else.</summary>
internal static class OutboxEndpoints
{
    public static void MapOutbox(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/outbox", async (string? to, string? category, int? take, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await ListAsync(to, category, take, session, ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListOutbox")
            .WithTags("Mail");

    /// <summary>The newest mails, optionally to one address or of one category; shared by the API and the outbox page.</summary>
    internal static async Task<IReadOnlyList<OutboxMail>> ListAsync(string? to, string? category, int? take, IQuerySession session, CancellationToken ct)
    {
        var query = session.Query<OutboxMail>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(to))
        {
            var address = to.Trim().ToLowerInvariant();
            query = query.Where(m => m.To == address);
        }
        if (!string.IsNullOrWhiteSpace(category))
        {
            var wanted = category.Trim();
            query = query.Where(m => m.Category == wanted);
        }
        return await query.OrderByDescending(m => m.QueuedAt).Take(Math.Clamp(take ?? 50, 1, 500)).ToListAsync(ct);
    }
}
