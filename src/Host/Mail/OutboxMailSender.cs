using System.Net;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Privacy;
using Marten;

namespace Kompetenzzentrum.Host.Mail;

/// <summary>
/// Keeps every mail in the outbox (a Marten document), which is where they stay in the embedded default and
/// what staff read in the app. A mail that carries a secret is kept sealed (<see cref="OutboxSeal"/>). Also
/// erases and exports mails of a person or organisation, since mails hold addresses, names and what people
/// wrote: erasure removes the mails to the subject's addresses and every mail about its accounts or
/// organisation (whatever address it went to, e.g. a contact typed at booking), and takes an erased member's
/// name out of the other mails about their organisation.
/// </summary>
internal sealed class OutboxMailSender(IDocumentStore store, OutboxSeal seal, TimeProvider clock)
    : IMailSender, IPersonalDataEraser, IPersonalDataExporter
{
    /// <summary>What stands in a kept mail where an erased person's name stood.</summary>
    public const string Redacted = "[entfernt]";

    public string Section => "mails";

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var stored = new OutboxMail
        {
            Id = mail.Id ?? Ids.New(clock),
            To = mail.To.Trim().ToLowerInvariant(),
            Subject = mail.Subject,
            Category = mail.Category,
            QueuedAt = clock.GetUtcNow(),
            OrganisationId = mail.OrganisationId,
            AccountId = mail.AccountId,
            Headers = new Dictionary<string, string>(mail.Headers, StringComparer.OrdinalIgnoreCase),
        };
        seal.Store(stored, mail);
        await using var session = store.LightweightSession();
        if (mail.Id is null)
        {
            session.Store(stored);
            await session.SaveChangesAsync(cancellationToken);
            return;
        }
        // A sender-chosen id: the mail is queued once, a repeat (a retried batch) finds it there and adds nothing.
        session.Insert(stored);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
        }
    }

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        foreach (var email in subject.Emails)
        {
            session.DeleteWhere<OutboxMail>(m => m.To == email);
        }
        var accounts = subject.AccountIds.ToArray();
        if (accounts.Length > 0)
        {
            session.DeleteWhere<OutboxMail>(m => m.AccountId != null && accounts.Contains(m.AccountId.Value));
        }
        if (subject.OrganisationId is { } organisation)
        {
            session.DeleteWhere<OutboxMail>(m => m.OrganisationId == organisation);
        }
        if (subject.MemberOf is { } memberOf && subject.Names.Count > 0)
        {
            var emails = subject.Emails.ToHashSet();
            foreach (var mail in await session.Query<OutboxMail>().Where(m => m.OrganisationId == memberOf).ToListAsync(cancellationToken))
            {
                if (!emails.Contains(mail.To) && Redact(mail, subject.Names))
                {
                    session.Store(mail);
                }
            }
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    // Mails show names as typed and, in HTML, encoded; both go. Whole words only, so "Anna" leaves "Annahme" alone.
    private static bool Redact(OutboxMail mail, IReadOnlyList<string> names)
    {
        var (subject, text, html) = (mail.Subject, mail.TextBody, mail.HtmlBody);
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            subject = Replace(subject, name, Redacted);
            text = Replace(text, name, Redacted);
            html = Replace(Replace(html, name, Redacted), WebUtility.HtmlEncode(name), WebUtility.HtmlEncode(Redacted));
        }
        var changed = subject != mail.Subject || text != mail.TextBody || html != mail.HtmlBody;
        (mail.Subject, mail.TextBody, mail.HtmlBody) = (subject, text, html);
        return changed;
    }

    private static string Replace(string text, string name, string by) =>
        Regex.Replace(text, @"(?<!\w)" + Regex.Escape(name) + @"(?!\w)", by.Replace("$", "$$", StringComparison.Ordinal),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var emails = subject.Emails.ToArray();
        var accounts = subject.AccountIds.ToArray();
        var organisation = subject.OrganisationId ?? Guid.Empty;
        var mails = await session.Query<OutboxMail>()
            .Where(m => emails.Contains(m.To) || (m.AccountId != null && accounts.Contains(m.AccountId.Value)) || m.OrganisationId == organisation)
            .OrderBy(m => m.QueuedAt).ToListAsync(cancellationToken);
        return mails.Select(m => new { m.To, m.Subject, m.Category, m.QueuedAt });
    }
}
