using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Host.Mail;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Testing;

/// <summary>A mail as the outbox keeps it, for tests of modules that send mail.</summary>
public sealed record SentMail(string To, string Subject, string TextBody, string Category, IReadOnlyList<MailAttachment> Attachments, DateTimeOffset QueuedAt);

/// <summary>Reads the outbox.</summary>
public static class Outbox
{
    /// <summary>Every mail to an address, oldest first.</summary>
    public static async Task<IReadOnlyList<SentMail>> MailsToAsync(this HostFixture host, string email)
    {
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var address = email.ToLowerInvariant();
        var mails = await session.Query<OutboxMail>().Where(m => m.To == address).OrderBy(m => m.QueuedAt).ToListAsync();
        return mails.Select(m => new SentMail(m.To, m.Subject, m.TextBody, m.Category, m.Attachments, m.QueuedAt)).ToList();
    }
}
