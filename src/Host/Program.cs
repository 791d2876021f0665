using Kompetenzzentrum.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddKompetenzzentrum();

var app = builder.Build();
app.UseKompetenzzentrum();
app.Run();
