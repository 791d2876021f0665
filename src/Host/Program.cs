using Kompetenzzentrum.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddKompetenzzentrum();

var app = builder.Build();
app.UseKompetenzzentrum();
app.Run();

/// <summary>The host's entry point; public only so that integration tests can boot it (WebApplicationFactory).</summary>
public partial class Program;
