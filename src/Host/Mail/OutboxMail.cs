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

    /// <summary>Extra header fields written into the message (<see cref="OutgoingMail.Headers"/>), e.g. <c>List-Unsubscribe</c>.</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>The organisation the mail is about (<see cref="OutgoingMail.OrganisationId"/>); its erasure removes the mail.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The account the mail is about (<see cref="OutgoingMail.AccountId"/>); its erasure removes the mail.</summary>
    public Guid? AccountId { get; set; }

    /// <summary>
    /// True when the mail carries a secret (<see cref="OutgoingMail.Secrets"/>): its bodies and attachments are then
    /// empty here and kept only in <see cref="SealedContent"/>.
    /// </summary>
    public bool CarriesSecret { get; set; }

    /// <summary>Bodies and attachments of a secret-carrying mail, encrypted with Data Protection (<see cref="OutboxSeal"/>).</summary>
    public string? SealedContent { get; set; }

    /// <summary>When the SMTP relay accepted it; null while it waits, and always in the embedded default.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Failed delivery attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Not before this time is delivery tried again after a failure.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The relay's answer to the last failed attempt.</summary>
    public string? LastError { get; set; }

    /// <summary>True when delivery was given up after <see cref="SmtpSettings.MaxAttempts"/> attempts.</summary>
    public bool GaveUp { get; set; }
}
