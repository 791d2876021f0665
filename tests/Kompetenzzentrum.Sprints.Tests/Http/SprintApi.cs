using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Sprints.Tests.Http;

/// <summary>Drives sprints over HTTP as staff (the platform administrator passes the staff policy) and SMEs would.</summary>
public sealed class SprintApi(ClockedHostFixture host) : IDisposable
{
    /// <summary>Signed in afresh (not the host's cached admin token): bearer tokens expire by the fake clock.</summary>
    public HttpClient Staff { get; private set; } = host.CreateClient();

    public static async Task<SprintApi> CreateAsync(ClockedHostFixture host)
    {
        var api = new SprintApi(host);
        await api.SignInAsync();
        return api;
    }

    private async Task SignInAsync()
    {
        Staff.Dispose();
        Staff = await host.AdminAsync();
    }

    /// <summary>Moves the clock on and signs staff and the given people in again (their tokens expired meanwhile).</summary>
    public async Task<IReadOnlyList<TestUser>> AdvanceAsync(TimeSpan by, params TestUser[] people)
    {
        host.Clock.Advance(by);
        await SignInAsync();
        var again = new List<TestUser>();
        foreach (var person in people)
        {
            person.Client.Dispose();
            again.Add(person with { Client = await host.SignInAsync(person.Email, TestUsers.Password) });
        }
        return again;
    }

    public DateTimeOffset Now => host.Clock.GetUtcNow();

    public Task<Guid> PublishedSprintOfferingAsync(params string[] topics) => CatalogSetup.PublishedSprintOfferingAsync(Staff, topics);

    public async Task<Guid> PeriodAsync(int capacity) =>
        (await HttpAnswers.Created(
            await Staff.PostAsJsonAsync("/api/sprints/periods", new { name = "2026", startsOn = "2026-01-01", endsOn = "2026-12-31", capacity })))
            .GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> ApplyAsync(TestUser sme, Guid offeringId) =>
        sme.Client.PostAsJsonAsync($"/api/sprints/organisations/{sme.OrganisationId}/applications", new
        {
            offeringId,
            motivation = "Unser Großkunde bestellt weniger.",
            goals = "Ein zweites Standbein finden.",
            availability = "Dienstags und donnerstags",
        });

    public Task<HttpResponseMessage> AcceptAsync(Guid applicationId, Guid periodId) =>
        Staff.PostAsJsonAsync($"/api/sprints/applications/{applicationId}/accept",
            new { periodId, reason = "Passt gut.", startsOn = DateOnly.FromDateTime(Now.UtcDateTime), weeks = 8 });

    /// <summary>An SME applied and was accepted: its engagement id.</summary>
    public async Task<Guid> EngagementAsync(TestUser sme)
    {
        var offering = await PublishedSprintOfferingAsync();
        var application = (await HttpAnswers.Created(await ApplyAsync(sme, offering))).GetProperty("id").GetGuid();
        return (await HttpAnswers.Created(await AcceptAsync(application, await PeriodAsync(5)))).GetProperty("id").GetGuid();
    }

    public async Task<Guid> MemberAsync(Guid engagementId, string side, string name, string? email) =>
        (await HttpAnswers.Created(await Staff.PostAsJsonAsync($"/api/sprints/engagements/{engagementId}/team", new { side, name, email })))
            .GetProperty("memberId").GetGuid();

    public static Task<HttpResponseMessage> SaveCanvasAsync(HttpClient client, Guid engagementId, string kind, object blocks, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put,
            $"/api/sprints/engagements/{engagementId}/canvas/{kind}")
        { Content = JsonContent.Create(new { blocks }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    public async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public Task<JsonElement> PostOkAsync(string url, object? body = null) => Send(HttpMethod.Post, url, body);

    public Task<JsonElement> PutOkAsync(string url, object body) => Send(HttpMethod.Put, url, body);

    private async Task<JsonElement> Send(HttpMethod method, string url, object? body) =>
        await OkAsync(await Staff.SendAsync(new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) }));

    /// <summary>Fires a module job now, as Quartz would at its time; the job asks the (fake) clock itself.</summary>
    public async Task FireAsync(string job, params (string Key, string Value)[] data)
    {
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var map = new JobDataMap();
        foreach (var (key, value) in data)
        {
            map[key] = value;
        }
        await scheduler.TriggerJob(new JobKey(job, "sprints"), map);
    }

    public static EntityTagHeaderValue? ETag(HttpResponseMessage response) => response.Headers.ETag;

    public void Dispose() => Staff.Dispose();
}
