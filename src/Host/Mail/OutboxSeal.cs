using System.Security.Claims;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.AspNetCore.DataProtection;

namespace Kompetenzzentrum.Host.Mail;

/// <summary>What a mail says: its bodies and attachments.</summary>
internal sealed record MailContent(string HtmlBody, string TextBody, IReadOnlyList<MailAttachment> Attachments)
{
    public static readonly MailContent Hidden = new("", "", []);
}

/// <summary>
/// Seals the content of mails that carry a secret (codes, reset and invitation links, survey tokens) with
/// ASP.NET Core Data Protection, whose key ring lives in PostgreSQL, so every host can open what another sealed.
/// Staff read the outbox in the app and could otherwise take an account over with a reset code; only the SMTP
/// delivery and platform administrators open a sealed mail.
/// </summary>
internal sealed class OutboxSeal(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Kompetenzzentrum.Outbox.SealedContent.v1");

    /// <summary>Fills the mail's content: in the clear, or sealed when it carries a secret.</summary>
    public void Store(OutboxMail target, OutgoingMail mail)
    {
        var content = new MailContent(mail.HtmlBody, mail.TextBody, mail.Attachments.ToList());
        var secrets = mail.Secrets.Where(s => !string.IsNullOrEmpty(s)).ToList();
        if (secrets.Count == 0)
        {
            (target.HtmlBody, target.TextBody, target.Attachments) = (content.HtmlBody, content.TextBody, [.. content.Attachments]);
            return;
        }
        if (secrets.Any(s => mail.Subject.Contains(s, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException(
                $"A mail of category '{mail.Category}' carries its secret in the subject, which everyone reading the outbox sees.", nameof(mail));
        }
        target.CarriesSecret = true;
        target.SealedContent = _protector.Protect(JsonSerializer.Serialize(content));
    }

    /// <summary>The mail's content, opened if sealed: for the SMTP delivery and the test helpers.</summary>
    public MailContent Open(OutboxMail mail) => mail.CarriesSecret
        ? JsonSerializer.Deserialize<MailContent>(_protector.Unprotect(mail.SealedContent ?? "")) ?? MailContent.Hidden
        : new MailContent(mail.HtmlBody, mail.TextBody, mail.Attachments);

    /// <summary>The content a reader may see: all of it for platform administrators, none of a sealed mail for anyone else.</summary>
    public MailContent For(ClaimsPrincipal reader, OutboxMail mail) =>
        !mail.CarriesSecret || reader.IsInRole(Roles.PlatformAdmin) ? Open(mail) : MailContent.Hidden;
}
