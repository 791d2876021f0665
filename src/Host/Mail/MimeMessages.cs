using MimeKit;

namespace Kompetenzzentrum.Host.Mail;

/// <summary>Turns an outbox mail and its (opened) content into a MIME message: text and HTML alternatives plus its attachments.</summary>
internal static class MimeMessages
{
    public static MimeMessage From(OutboxMail mail, MailContent content, SmtpSettings settings)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = $"{mail.Id:N}@kompetenzzentrum";
        message.Date = mail.QueuedAt;
        foreach (var (name, value) in mail.Headers)
        {
            message.Headers.Replace(name, value);
        }
        var body = new BodyBuilder { TextBody = content.TextBody, HtmlBody = string.IsNullOrEmpty(content.HtmlBody) ? null : content.HtmlBody };
        foreach (var attachment in content.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }
        message.Body = body.ToMessageBody();
        return message;
    }
}
