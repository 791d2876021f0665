using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kompetenzzentrum.Testing;

/// <summary>The real host, booted in-process against the given database with extra settings.</summary>
public sealed class KompetenzzentrumFactory(string connectionString, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Kompetenzzentrum", connectionString);
        builder.UseSetting("Kompetenzzentrum:SeedDemoData", "false");
        builder.UseSetting("Modules:organisations:BootstrapAdmin:Email", TestUsers.AdminEmail);
        builder.UseSetting("Modules:organisations:BootstrapAdmin:Password", TestUsers.Password);
        builder.UseSetting("Security:SignInPermitsPerMinute", "10000");
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
