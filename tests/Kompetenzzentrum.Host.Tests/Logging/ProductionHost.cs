using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Logging;

/// <summary>
/// The built host as its own process in the Production environment, on a database of its own, so that the test
/// reads its console as an operator's log collector would.
/// </summary>
internal sealed class ProductionHost : IAsyncDisposable
{
    private readonly string _database;
    private readonly HostProcess _process;

    private ProductionHost(string database, HostProcess process)
    {
        _database = database;
        _process = process;
    }

    /// <summary>Starts the host with the levels of appsettings.json, changed by <paramref name="levels"/> (category → level).</summary>
    public static async Task<ProductionHost> StartAsync(IReadOnlyDictionary<string, string> levels)
    {
        var settings = new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Information",
            // Each request's end at Information: once it is on the console, all that the request logged before is too.
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        };
        foreach (var (category, level) in levels)
        {
            settings["Logging:LogLevel:" + category] = level;
        }
        var database = await TestServer.CreateDatabaseAsync();
        return new(database, await HostProcess.StartAsync(database, settings, environment: "Production"));
    }

    /// <summary>Requests that run SQL through Marten (sign-in, the account) and EF Core (OData); all must succeed.</summary>
    public async Task RunSqlAsync()
    {
        using var client = _process.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in",
            new { email = TestUsers.AdminEmail, password = TestUsers.Password });
        signIn.EnsureSuccessStatusCode();
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.GetAsync("/api/organisations/accounts/me")).EnsureSuccessStatusCode();
        (await client.GetAsync("/odata/Interactions?$top=2")).EnsureSuccessStatusCode();
        await Eventually.Get(() => Task.FromResult<IReadOnlyList<LogEntry>?>(Entries()), entries => entries.Any(
            e => e.Category == "Microsoft.AspNetCore.Hosting.Diagnostics" && e.Message.Contains("/odata/Interactions", StringComparison.Ordinal)));
    }

    /// <summary>Every line the host has written so far, each parsed as a JSON log entry.</summary>
    public IReadOnlyList<LogEntry> Entries() =>
        [.. _process.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(LogEntry.Parse)];

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        await TestServer.DropDatabaseAsync(_database);
    }
}
