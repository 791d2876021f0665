using System.Globalization;
using System.Net;

namespace Kompetenzzentrum.Host.StartupChecks;

/// <summary>
/// Section <c>Mail:Smtp</c>, checked when a relay is configured: a port that is no port, a security mode that does
/// not exist or a host written as a URL would only fail at the first mail, so they stop the start instead.
/// Whether the relay answers is checked after the start (<see cref="ReachabilityCheck"/>): it may come later.
/// </summary>
internal static class SmtpCheck
{
    private static readonly string[] SecurityModes = ["auto", "none", "starttls", "tls"];

    public static void Verify(IConfigurationSection smtp)
    {
        var host = smtp["Host"];
        if (string.IsNullOrWhiteSpace(host))
        {
            return; // no relay: mails stay in the outbox
        }
        if ((host.Contains(':', StringComparison.Ordinal) && !IPAddress.TryParse(host, out _)) || host.Contains('/', StringComparison.Ordinal))
        {
            throw new ConfigurationError($"Mail:Smtp:Host '{host}' must be a host name or address; the port goes into Mail:Smtp:Port.");
        }
        if (smtp["Port"] is { Length: > 0 } port
            && !(int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536))
        {
            throw new ConfigurationError($"Mail:Smtp:Port '{port}' is not a TCP port (1 to 65535).");
        }
        if (smtp["Security"] is { Length: > 0 } security && !SecurityModes.Contains(security.Trim().ToLowerInvariant()))
        {
            throw new ConfigurationError($"Mail:Smtp:Security '{security}' is none of {string.Join(", ", SecurityModes)}.");
        }
    }
}
