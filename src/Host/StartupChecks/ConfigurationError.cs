namespace Kompetenzzentrum.Host.StartupChecks;

/// <summary>
/// A setting the host cannot run with. The message is one sentence naming the setting; <c>Program</c> prints it
/// to standard error without a stack trace and exits with <see cref="ExitCode"/>: the operator has something to
/// fix, not a bug to report.
/// </summary>
internal sealed class ConfigurationError(string message) : Exception(message)
{
    public const int ExitCode = 2;
}
