using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Centers.Tests.Http;

/// <summary>Drives the centers API as a platform administrator.</summary>
internal sealed class CentersApi(HostFixture host) : IDisposable
{
    public HttpClient Client { get; } = host.CreateAdminClient();

    /// <summary>A short name no other test uses.</summary>
    public static string Unique(string stem) => stem + "-" + Guid.NewGuid().ToString("N")[..8];

    public static object Body(string shortName, string? hostName = null, string? pathPrefix = null, string primaryColor = "#004b87") => new
    {
        name = "Zentrum " + shortName,
        shortName,
        logoUrl = "https://example.org/logo.svg",
        primaryColor,
        secondaryColor = "#f39200",
        contactEmail = "kontakt@example.org",
        contactPhone = "+49 30 1234-0",
        fundingLine = "Mittelstand-Digital",
        hostName,
        pathPrefix = hostName is null ? pathPrefix ?? shortName : pathPrefix,
    };

    public async Task<(Guid Id, string ETag)> CreateAsync(object body)
    {
        var response = await Client.PostAsJsonAsync("/api/centers", body);
        var created = await HttpAnswers.Created(response);
        return (created.GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    public Task<HttpResponseMessage> PutAsync(Guid id, string? etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/centers/{id}") { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }
        return Client.SendAsync(request);
    }

    public async Task<JsonElement[]> ListAsync() => (await Client.GetFromJsonAsync<JsonElement[]>("/api/centers"))!;

    public void Dispose() => Client.Dispose();
}
