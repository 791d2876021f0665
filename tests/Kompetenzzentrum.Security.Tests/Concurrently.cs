using System.Net;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>Fires requests at once and keeps each answer's status and body, for tests of concurrent writes.</summary>
internal static class Concurrently
{
    public sealed record Answer(HttpStatusCode Status, string Body)
    {
        public override string ToString() => $"{(int)Status}: {Body}";
    }

    public static async Task<IReadOnlyList<Answer>> SendAsync(int count, Func<int, Task<HttpResponseMessage>> send)
    {
        using var start = new SemaphoreSlim(0);
        var requests = Enumerable.Range(0, count).Select(async i =>
        {
            await start.WaitAsync();
            using var response = await send(i);
            return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(count);
        return await Task.WhenAll(requests);
    }

    /// <summary>Asserts that no answer is a server error, naming the ones that are.</summary>
    public static void NoServerError(IReadOnlyList<Answer> answers) =>
        Assert.True(answers.All(a => (int)a.Status < 500), string.Join("\n", answers.Where(a => (int)a.Status >= 500)));

    /// <summary>Asserts that every answer has one of the given statuses, naming the others.</summary>
    public static void All(IReadOnlyList<Answer> answers, params HttpStatusCode[] allowed) =>
        Assert.True(answers.All(a => allowed.Contains(a.Status)), string.Join("\n", answers.Where(a => !allowed.Contains(a.Status))));
}
