using Kompetenzzentrum.Host;
using Kompetenzzentrum.Host.Commands;
using Kompetenzzentrum.Host.StartupChecks;

if (args is [HealthProbe.Name, ..])
{
    return await HealthProbe.RunAsync(args); // the container's health check: nothing of the host is built
}
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddKompetenzzentrum();

    var app = builder.Build();
    app.UseKompetenzzentrum();
    // No command: the web host runs; otherwise e.g. db-apply, projections, check-env, org-export (docs/operations.md).
    return await HostCommands.RunAsync(app, args);
}
catch (ConfigurationError error)
{
    // One sentence naming the setting, no stack trace: docs/deployment.md lists what stops the start.
    await Console.Error.WriteLineAsync(error.Message);
    return ConfigurationError.ExitCode;
}

/// <summary>The host's entry point; public only so that integration tests can boot it (WebApplicationFactory).</summary>
public partial class Program;
