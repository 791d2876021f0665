using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Web;

/// <summary>The host's own problems (here: a body past the limit) come in the request's language, like the modules' refusals.</summary>
[Collection(ReadOnlyHost.Name)]
public sealed class HostProblemLanguageTests(HostFixture host)
{
    [Theory]
    [InlineData(null, "The request body is too large.", "At most 1048576 bytes are accepted for this kind of request.")]
    [InlineData("de-DE", "Der Inhalt der Anfrage ist zu groß.", "Für diese Art von Anfrage werden höchstens 1048576 Bytes angenommen.")]
    public async Task Given_an_oversized_body_Then_the_problem_is_in_the_language_asked_for(string? language, string title, string detail)
    {
        using var client = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/sessions/{Guid.NewGuid()}/bookings")
        {
            Content = new StringContent(new string(' ', 1_100_000) + "{}", System.Text.Encoding.UTF8, "application/json"),
        };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var answer = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }
}
