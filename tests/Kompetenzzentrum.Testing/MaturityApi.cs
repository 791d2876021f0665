using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The Digitalisierungs-Check over HTTP, for tests of the check and of what builds on it (recommendations): answers
/// built from the question set the API serves, so the tests follow the seeded texts.
/// </summary>
public static class MaturityApi
{
    public static async Task<JsonElement> CurrentSetAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/api/organisations/maturity/question-sets/current");

    /// <summary>Every dimension question answered <paramref name="dimension"/>, topics 3/3 except the given gaps, time not short.</summary>
    public static Dictionary<string, int> Answers(JsonElement set, int dimension, params (string Topic, int Relevance, int Implementation)[] topics)
    {
        var answers = new Dictionary<string, int>();
        foreach (var q in set.GetProperty("questions").EnumerateArray())
        {
            var id = q.GetProperty("id").GetString()!;
            var key = q.GetProperty("key").GetString()!;
            var gap = topics.FirstOrDefault(t => t.Topic == key);
            answers[id] = q.GetProperty("kind").GetString() switch
            {
                "dimension" => dimension,
                "topic-relevance" => gap.Topic is null ? 3 : gap.Relevance,
                "topic-implementation" => gap.Topic is null ? 3 : gap.Implementation,
                _ => 0,
            };
        }
        return answers;
    }

    public static async Task<JsonElement> TakeAsync(HttpClient client, Guid organisationId, int version, Dictionary<string, int> answers)
    {
        var response = await client.PostAsJsonAsync($"/api/organisations/{organisationId}/maturity/checks", new { version, answers });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
