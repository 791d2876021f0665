namespace Kompetenzzentrum.Host.Mail;

/// <summary>
/// Section <c>Mail:Smtp</c>. Without a <see cref="Host"/>, mails stay in the outbox (the embedded default);
/// with one, the <see cref="SmtpDispatcher"/> delivers every queued mail to that relay.
/// </summary>
internal sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>"auto" (STARTTLS when offered), "none", "starttls" or "tls".</summary>
    public string Security { get; set; } = "auto";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Kompetenzzentrum <noreply@kompetenzzentrum.local>";
    public int BatchSize { get; set; } = 50;
    public int PollSeconds { get; set; } = 5;
    public int MaxAttempts { get; set; } = 8;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
