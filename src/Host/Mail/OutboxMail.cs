using Kompetenzzentrum.Contracts.Mail;

namespace Kompetenzzentrum.Host.Mail;

/// <summary>A mail in the outbox: every mail the platform sends is kept here.</summary>
internal sealed class OutboxMail
{
    public Guid Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string Category { get; set; } = "";
    public List<MailAttachment> Attachments { get; set; } = [];
    public DateTimeOffset QueuedAt { get; set; }
}
