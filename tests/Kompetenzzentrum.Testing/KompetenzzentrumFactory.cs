using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Testing;

/// <summary>The real host, booted in-process against the given database with extra settings.</summary>
public sealed class KompetenzzentrumFactory : WebApplicationFactory<Program>
{
    private readonly string connectionString;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;

    /// <summary>A factory for the host on the given database.</summary>
    /// <param name="connectionString">The test database.</param>
    /// <param name="settings">Extra configuration.</param>
    /// <param name="services">Replacements of host services.</param>
    /// <param name="kestrel">Serve on a real loopback port (for a browser) instead of the in-memory test server.</param>
    public KompetenzzentrumFactory(string connectionString, IReadOnlyDictionary<string, string?> settings,
        Action<IServiceCollection>? services = null, bool kestrel = false)
    {
        this.connectionString = connectionString;
        this.settings = settings;
        this.services = services;
        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public CapturedLogs Logs { get; } = new();

    /// <inheritdoc />
    protected override IHost CreateHost(IHostBuilder builder) => new EntryPointStoppedHost(base.CreateHost(builder));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Kompetenzzentrum", connectionString);
        builder.UseSetting("Kompetenzzentrum:Demo", "false");
        // A fixture that turns the demo on writes its accounts' passwords here, not beside the repository.
        builder.UseSetting("Kompetenzzentrum:DemoPasswordsPath", Path.Combine(Path.GetTempPath(), $"kz-demo-passwords-{Guid.NewGuid():N}"));
        builder.UseSetting("Modules:organisations:BootstrapAdmin:Email", TestUsers.AdminEmail);
        builder.UseSetting("Modules:organisations:BootstrapAdmin:Password", TestUsers.Password);
        builder.UseSetting("Security:SignInPermitsPerMinute", "10000");
        // Sweeps and journeys sign up to the newsletter many times from one address; the limit has its own test (and fixture).
        builder.UseSetting("Modules:integrations:Newsletter:SubscribePermitsPerMinute", "10000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
