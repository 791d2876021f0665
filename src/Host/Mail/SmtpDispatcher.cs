using Kompetenzzentrum.Host.Telemetry;
using MailKit.Net.Smtp;
using MailKit.Security;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kompetenzzentrum.Host.Mail;

/// <summary>
/// Delivers queued outbox mails to the configured SMTP relay. Several hosts may run it: a PostgreSQL
/// advisory lock lets one of them deliver at a time, so no mail goes out twice. A failed mail is retried
/// with growing pauses and given up after <see cref="SmtpSettings.MaxAttempts"/>; it stays readable in the outbox.
/// A sealed mail (one that carries a secret) is opened here, just before it goes to the relay.
/// </summary>
internal sealed class SmtpDispatcher(
    IDocumentStore store,
    NpgsqlDataSource dataSource,
    OutboxSeal seal,
    IOptions<SmtpSettings> options,
    TimeProvider clock,
    KompetenzzentrumMetrics metrics,
    ILogger<SmtpDispatcher> logger) : BackgroundService
{
    private const long LockKey = 0x6B7A_736D_7470; // "kzsmtp"

    private bool _relayUnusable;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverBatchAsync(settings, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Mail delivery round failed; trying again shortly");
            }
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, settings.PollSeconds)), clock, stoppingToken);
        }
    }

    private async Task DeliverBatchAsync(SmtpSettings settings, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var take = new NpgsqlCommand("select pg_try_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", LockKey);
            if (await take.ExecuteScalarAsync(ct) is not true)
            {
                return; // another host delivers right now
            }
        }
        try
        {
            await using var session = store.LightweightSession();
            var now = clock.GetUtcNow();
            var due = await session.Query<OutboxMail>()
                .Where(m => m.SentAt == null && !m.GaveUp && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
                .OrderBy(m => m.QueuedAt).Take(settings.BatchSize).ToListAsync(ct);
            if (due.Count == 0)
            {
                return;
            }
            using var smtp = new SmtpClient();
            if (!await TryConnectAsync(smtp, settings, ct))
            {
                return; // the mails stay queued, without an attempt counted against them
            }
            foreach (var mail in due)
            {
                try
                {
                    await smtp.SendAsync(MimeMessages.From(mail, seal.Open(mail), settings), ct);
                    mail.SentAt = clock.GetUtcNow();
                    metrics.Mail("sent");
                }
                catch (Exception ex) when (ex is SmtpCommandException or MimeKit.ParseException or FormatException
                                               or System.Security.Cryptography.CryptographicException)
                {
                    Fail(mail, ex, settings); // this mail is refused; the others may still go
                }
                session.Store(mail);
            }
            await smtp.DisconnectAsync(quit: true, ct);
            await session.SaveChangesAsync(ct);
        }
        finally
        {
            await using var release = new NpgsqlCommand("select pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", LockKey);
            await release.ExecuteScalarAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Connects and signs in. A relay that cannot be used is one warning sentence when it goes away (not a stack trace
    /// every few seconds) and one line when it is back; the mails wait in the outbox meanwhile.
    /// </summary>
    private async Task<bool> TryConnectAsync(SmtpClient smtp, SmtpSettings settings, CancellationToken ct)
    {
        try
        {
            await ConnectAsync(smtp, settings, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (!_relayUnusable)
            {
                _relayUnusable = true;
                logger.LogWarning("Mail:Smtp:Host '{Host}:{Port}' cannot be used ({Reason}), so mails stay in the outbox until it can.",
                    settings.Host, settings.Port, ex.Message.TrimEnd('.'));
            }
            return false;
        }
        if (_relayUnusable)
        {
            _relayUnusable = false;
            logger.LogInformation("Mail:Smtp:Host '{Host}:{Port}' accepts connections again; delivering the outbox.", settings.Host, settings.Port);
        }
        return true;
    }

    private static async Task ConnectAsync(SmtpClient smtp, SmtpSettings settings, CancellationToken ct)
    {
        var security = settings.Security.ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "tls" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await smtp.ConnectAsync(settings.Host!, settings.Port, security, ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }
    }

    private void Fail(OutboxMail mail, Exception ex, SmtpSettings settings)
    {
        metrics.Mail("failed");
        mail.Attempts++;
        mail.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
        mail.GaveUp = mail.Attempts >= settings.MaxAttempts;
        mail.NextAttemptAt = clock.GetUtcNow() + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, mail.Attempts)));
        logger.LogWarning("Mail {MailId} to the relay failed (attempt {Attempt}): {Error}", mail.Id, mail.Attempts, mail.LastError);
    }
}
