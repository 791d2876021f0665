using Kompetenzzentrum.Host;
using Kompetenzzentrum.Host.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddKompetenzzentrum();

var app = builder.Build();
app.UseKompetenzzentrum();
// No command: the web host runs; otherwise e.g. db-apply, projections, check-env, org-export (docs/operations.md).
return await HostCommands.RunAsync(app, args);

/// <summary>The host's entry point; public only so that integration tests can boot it (WebApplicationFactory).</summary>
public partial class Program;
