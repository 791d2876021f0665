using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Host.Mail;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Testing;

/// <summary>A mail as the outbox keeps it, for tests of modules that send mail.</summary>
public sealed record SentMail(
    string To, string Subject, string TextBody, string Category, IReadOnlyList<MailAttachment> Attachments, DateTimeOffset QueuedAt)
{
    /// <summary>The extra header fields the mail is delivered with (e.g. <c>List-Unsubscribe</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

/// <summary>Reads the outbox.</summary>
public static class Outbox
{
    /// <summary>Every mail to an address, oldest first, with its content as the recipient gets it.</summary>
    public static async Task<IReadOnlyList<SentMail>> MailsToAsync(this HostFixture host, string email)
    {
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var address = email.ToLowerInvariant();
        var mails = await session.Query<OutboxMail>().Where(m => m.To == address).OrderBy(m => m.QueuedAt).ToListAsync();
        var seal = host.Factory.Services.GetRequiredService<OutboxSeal>(); // opens mails that carry a secret, as the recipient reads them
        return mails.Select(m => (Mail: m, Content: seal.Open(m)))
            .Select(x => new SentMail(x.Mail.To, x.Mail.Subject, x.Content.TextBody, x.Mail.Category, x.Content.Attachments, x.Mail.QueuedAt)
            {
                Headers = x.Mail.Headers,
            })
            .ToList();
    }
}
