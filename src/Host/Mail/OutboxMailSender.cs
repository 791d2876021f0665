using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Privacy;
using Marten;

namespace Kompetenzzentrum.Host.Mail;

/// <summary>
/// Keeps every mail in the outbox (a Marten document), which is where they stay in the embedded default and
/// what staff read in the app. Also erases and exports mails of a person, since mails hold addresses.
/// </summary>
internal sealed class OutboxMailSender(IDocumentStore store, TimeProvider clock) : IMailSender, IPersonalDataEraser, IPersonalDataExporter
{
    public string Section => "mails";

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        session.Store(new OutboxMail
        {
            Id = Ids.New(clock),
            To = mail.To.Trim().ToLowerInvariant(),
            Subject = mail.Subject,
            HtmlBody = mail.HtmlBody,
            TextBody = mail.TextBody,
            Category = mail.Category,
            Attachments = mail.Attachments.ToList(),
            QueuedAt = clock.GetUtcNow(),
        });
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        foreach (var email in subject.Emails)
        {
            session.DeleteWhere<OutboxMail>(m => m.To == email);
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var emails = subject.Emails.ToArray();
        var mails = await session.Query<OutboxMail>().Where(m => emails.Contains(m.To)).OrderBy(m => m.QueuedAt).ToListAsync(cancellationToken);
        return mails.Select(m => new { m.To, m.Subject, m.Category, m.QueuedAt });
    }
}
