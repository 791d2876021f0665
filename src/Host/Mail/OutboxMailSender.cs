using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Privacy;
using Marten;

namespace Kompetenzzentrum.Host.Mail;

/// <summary>
/// Keeps every mail in the outbox (a Marten document), which is where they stay in the embedded default and
/// what staff read in the app. A mail that carries a secret is kept sealed (<see cref="OutboxSeal"/>). Also
/// erases and exports mails of a person, since mails hold addresses.
/// </summary>
internal sealed class OutboxMailSender(IDocumentStore store, OutboxSeal seal, TimeProvider clock) : IMailSender, IPersonalDataEraser, IPersonalDataExporter
{
    public string Section => "mails";

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var stored = new OutboxMail
        {
            Id = Ids.New(clock),
            To = mail.To.Trim().ToLowerInvariant(),
            Subject = mail.Subject,
            Category = mail.Category,
            QueuedAt = clock.GetUtcNow(),
        };
        seal.Store(stored, mail);
        await using var session = store.LightweightSession();
        session.Store(stored);
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
