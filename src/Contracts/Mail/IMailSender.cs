namespace Kompetenzzentrum.Contracts.Mail;

/// <summary>An attachment such as an iCalendar file.</summary>
/// <param name="FileName">File name shown to the recipient.</param>
/// <param name="ContentType">MIME type, e.g. <c>text/calendar; method=REQUEST</c>.</param>
/// <param name="Content">The bytes.</param>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>A mail to send.</summary>
/// <param name="To">Recipient address.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="HtmlBody">HTML body.</param>
/// <param name="TextBody">Plain-text body.</param>
/// <param name="Attachments">Attachments.</param>
/// <param name="Category">A short key of what the mail is, e.g. <c>account.confirm-email</c>.</param>
public sealed record OutgoingMail(
    string To,
    string Subject,
    string HtmlBody,
    string TextBody,
    IReadOnlyList<MailAttachment> Attachments,
    string Category)
{
    /// <summary>
    /// The organisation the mail is about, if any (a booking, a consultation, a survey of that organisation). Its
    /// erasure removes the mail whatever address it went to, e.g. a contact address typed at booking.
    /// </summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>The account (person) the mail is about, if any; its erasure removes the mail whatever its address.</summary>
    public Guid? AccountId { get; init; }

    /// <summary>
    /// The secrets the mail carries (one-time codes, tokens, links that act without sign-in), exactly as they
    /// appear in its bodies. A mail with any is stored sealed: only its SMTP delivery and platform administrators
    /// read its bodies and attachments; everyone else sees recipient, subject, category and delivery state. A
    /// secret must not appear in <see cref="Subject"/> (the sender refuses such a mail). Empty for ordinary mails.
    /// </summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];

    /// <summary>
    /// Extra header fields of the message, e.g. <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post</c> (RFC 8058) of a
    /// newsletter. Kept with the mail in the outbox and written into the message when it is delivered. Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// An id of the mail chosen by the sender, so that sending it again (a retried batch) queues nothing twice: the
    /// outbox keeps one mail per id and ignores a repeat. Null (the default) gives every mail a new id.
    /// </summary>
    public Guid? Id { get; init; }
}

/// <summary>
/// Sends mail: over SMTP when configured, else into the local outbox staff can read in the app. Mails are
/// kept in the outbox either way, so nothing sent is lost when SMTP is down.
/// </summary>
public interface IMailSender
{
    /// <summary>Queues the mail for sending.</summary>
    /// <exception cref="ArgumentException">A secret of <see cref="OutgoingMail.Secrets"/> appears in the subject.</exception>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
