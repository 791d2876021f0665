using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Marten;

namespace Kompetenzzentrum.Host.Mail;

/// <summary>Staff read the outbox: in the embedded default, mails go nowhere else.</summary>
internal static class OutboxEndpoints
{
    /// <summary>
    /// A mail as the API shows it. Of a mail that carries a secret, only platform administrators get the bodies and
    /// attachments; everyone else gets them empty with <see cref="CarriesSecret"/> set.
    /// </summary>
    public sealed record OutboxMailView(
        Guid Id,
        string To,
        string Subject,
        string Category,
        bool CarriesSecret,
        string HtmlBody,
        string TextBody,
        IReadOnlyList<MailAttachment> Attachments,
        DateTimeOffset QueuedAt,
        DateTimeOffset? SentAt,
        int Attempts,
        DateTimeOffset? NextAttemptAt,
        string? LastError,
        bool GaveUp,
        IReadOnlyDictionary<string, string> Headers);

    public static void MapOutbox(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/outbox", async (
                string? to, string? category, int? take, HttpContext http, IQuerySession session, OutboxSeal seal, CancellationToken ct) =>
                Results.Ok((await ListAsync(to, category, take, session, ct)).Select(m => View(m, seal.For(http.User, m))).ToList()))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListOutbox")
            .WithTags("Mail");

    /// <summary>The newest mails, optionally to one address or of one category; shared by the API and the outbox page.</summary>
    internal static async Task<IReadOnlyList<OutboxMail>> ListAsync(
        string? to, string? category, int? take, IQuerySession session, CancellationToken ct)
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

    private static OutboxMailView View(OutboxMail mail, MailContent content) => new(
        mail.Id, mail.To, mail.Subject, mail.Category, mail.CarriesSecret, content.HtmlBody, content.TextBody, content.Attachments,
        mail.QueuedAt, mail.SentAt, mail.Attempts, mail.NextAttemptAt, mail.LastError, mail.GaveUp,
        // Headers may name the same secret as the body (a newsletter's unsubscribe link): shown to whoever may read the body.
        ReferenceEquals(content, MailContent.Hidden) ? new Dictionary<string, string>() : mail.Headers);
}
