using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kompetenzzentrum.Networking.Tests.Http;

/// <summary>Request bodies and calls of the networking API, as a client would send them.</summary>
internal static class NetworkingApi
{
    public static JsonObject Sme(string[] topics, string state = "BE", string postcode = "10115", string industry = "C", string level = "Entdecker",
        string email = "kmu@example.org") =>
        JsonSerializer.SerializeToNode(new
        {
            name = "KMU " + string.Join("+", topics),
            challengeTopics = topics,
            problemStatements = new[] { "Unsere Auftragsdaten liegen verstreut." },
            industry,
            federalState = state,
            postcode,
            maturityLevel = level,
            contact = new { name = "Frau Kmu", email, phone = "+49 30 555" },
        })!.AsObject();

    public static JsonObject Startup(string name, string[] topics, string[]? industries = null, string state = "BY", string postcode = "80331",
        string stage = "Growth", string? email = null) =>
        JsonSerializer.SerializeToNode(new
        {
            name,
            solutionTopics = topics,
            technologies = new[] { "Python", "PostgreSQL" },
            solutions = new[] { "Dashboard für Auftragsdaten" },
            references = new[] { "Pilot bei einem Maschinenbauer" },
            stage,
            industries = industries ?? [],
            federalState = state,
            postcode,
            contact = new { name = "Herr " + name, email = email ?? name.ToLowerInvariant() + "@startup.example", phone = (string?)null },
        })!.AsObject();

    public static async Task<Guid> CreateSme(HttpClient client, JsonObject body)
    {
        var id = Guid.NewGuid();
        var response = await client.PutAsJsonAsync($"/api/networking/smes/{id}", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    public static async Task<Guid> CreateStartup(HttpClient client, JsonObject body)
    {
        var id = Guid.NewGuid();
        var response = await client.PutAsJsonAsync($"/api/networking/startups/{id}", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    public static async Task<JsonElement> Json(this Task<HttpResponseMessage> pending, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await pending;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
