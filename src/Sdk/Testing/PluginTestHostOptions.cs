namespace Kompetenzzentrum.PluginTesting;

/// <summary>How <see cref="PluginTestHost"/> starts the host. Every property has a default that fits a test project built with the package.</summary>
public sealed class PluginTestHostOptions
{
    /// <summary>
    /// The plugins folder: one sub-folder per plugin holding <c>&lt;Name&gt;/&lt;Name&gt;.dll</c>. Default: <c>kz-plugins/</c> in the
    /// test's output, where the package copies every project reference marked <c>KompetenzzentrumPlugin="true"</c>.
    /// </summary>
    public string? PluginsPath { get; set; }

    /// <summary>
    /// The folder of the published host (<c>Kompetenzzentrum.Host.dll</c> with <c>modules/</c>). Default: <c>kz-host/</c> in the
    /// test's output.
    /// </summary>
    public string? HostPath { get; set; }

    /// <summary>
    /// The PostgreSQL server, as an administrator connection string: the host gets a fresh database on it, dropped when the host is
    /// disposed. Default: the environment variable <c>KZ_TEST_CONNECTION</c>; without it the host starts its own embedded cluster
    /// in a temporary data folder (PostgreSQL's server programs must be installed).
    /// </summary>
    public string? ServerConnectionString { get; set; } = Environment.GetEnvironmentVariable("KZ_TEST_CONNECTION");

    /// <summary>
    /// Seeds the demo with one account per role (<see cref="PluginTestHost.SignInAsync"/> needs them). Seeding takes some seconds,
    /// so start one host per test class. Without it only <see cref="PluginTestHost.AdminEmail"/> can sign in.
    /// </summary>
    public bool Demo { get; set; } = true;

    /// <summary>
    /// More configuration for the host, keys as in <c>appsettings.json</c> (<c>:</c> separated), e.g. <c>Modules:&lt;id&gt;:Setting</c>.
    /// </summary>
    public IDictionary<string, string> Settings { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How long the host may take until <c>/health/ready</c> answers.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
