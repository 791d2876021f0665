using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Modules.Media.Progress;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetenzzentrum.Media.Tests.Http;

[Collection(MediaHost.Name)]
public sealed class ProgressTests(MediaHostFixture host)
{
    private static async Task<JsonElement> ReportAsync(HttpClient client, Guid item, int position, string? key = null, bool completed = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/media/progress/{item}")
        {
            Content = JsonContent.Create(new { positionSeconds = position, sharePlayed = position / 3725.0, completed }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<int> EventCountAsync(Guid accountId, Guid item)
    {
        await using var session = host.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamAsync(ProgressStreams.Of(accountId, item))).Count;
    }

    private async Task<Testing.TestUser> MemberAsync()
    {
        try
        {
            return await host.CreateOrganisationAdminAsync();
        }
        catch (HttpRequestException ex)
        {
            throw new InvalidOperationException(host.Problems(), ex);
        }
    }

    private async Task<Guid> PublishedEpisodeAsync()
    {
        using var api = new MediaApi(host);
        return (await api.EpisodeAsync(await api.SeriesAsync(), MediaApi.Mp3(300))).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Given_a_member_playing_When_the_same_report_repeats_Then_it_is_recorded_once()
    {
        var item = await PublishedEpisodeAsync();
        var member = await MemberAsync();

        Assert.True((await ReportAsync(member.Client, item, 60, "play-1")).GetProperty("recorded").GetBoolean());
        host.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False((await ReportAsync(member.Client, item, 60, "play-1")).GetProperty("recorded").GetBoolean());
        Assert.False((await ReportAsync(member.Client, item, 60, "play-2")).GetProperty("recorded").GetBoolean());

        Assert.Equal(1, await EventCountAsync(member.AccountId, item));
    }

    [Fact]
    public async Task Given_reports_every_5_seconds_Then_only_one_event_per_15_seconds_and_resume_from_the_last_recorded()
    {
        var item = await PublishedEpisodeAsync();
        var member = await MemberAsync();

        var recorded = new List<bool>();
        for (var position = 0; position <= 30; position += 5)
        {
            recorded.Add((await ReportAsync(member.Client, item, position + 1)).GetProperty("recorded").GetBoolean());
            host.Clock.Advance(TimeSpan.FromSeconds(5));
        }

        // Reports at 0, 5, ... 30 s: recorded at 0, 15 and 30.
        Assert.Equal([true, false, false, true, false, false, true], recorded);
        Assert.Equal(3, await EventCountAsync(member.AccountId, item));
        var resume = await member.Client.GetFromJsonAsync<JsonElement>($"/api/media/progress/{item}");
        Assert.Equal(31, resume.GetProperty("positionSeconds").GetInt32());
        Assert.False(resume.GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task Given_anonymous_plays_Then_they_are_counted_and_anonymous_progress_is_refused()
    {
        var item = await PublishedEpisodeAsync();
        using var anonymous = host.CreateClient();

        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsync($"/api/media/plays/{item}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsync($"/api/media/plays/{item}", null)).StatusCode);

        var count = await host.GetJsonAsync<JsonElement>($"/api/media/plays/{item}");
        Assert.Equal(2, count.GetProperty("count").GetInt64());
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsJsonAsync($"/api/media/progress/{item}", new { positionSeconds = 1, sharePlayed = 0.1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync($"/api/media/plays/{Guid.NewGuid()}", null)).StatusCode);
    }

    [Fact]
    public async Task Given_a_bad_report_Then_400_names_the_field()
    {
        var item = await PublishedEpisodeAsync();
        var member = await MemberAsync();

        var response = await member.Client.PostAsJsonAsync($"/api/media/progress/{item}", new { positionSeconds = -1, sharePlayed = 1.5 });

        var problem = await MediaApi.Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("positionSeconds", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("sharePlayed", out _));
    }

    [Fact]
    public async Task Given_a_members_progress_Then_the_export_lists_it_and_erasing_the_account_removes_document_and_events()
    {
        var item = await PublishedEpisodeAsync();
        var member = await MemberAsync();
        Assert.True((await ReportAsync(member.Client, item, 42)).GetProperty("recorded").GetBoolean());

        var export = await member.Client.GetFromJsonAsync<JsonElement>("/api/organisations/privacy/export");
        var progress = Assert.Single(export.GetProperty("media").GetProperty("playProgress").EnumerateArray());
        Assert.Equal(item, progress.GetProperty("itemId").GetGuid());
        Assert.Equal(42, progress.GetProperty("positionSeconds").GetInt32());

        using var admin = host.CreateAdminClient();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/organisations/accounts/{member.AccountId}")).StatusCode);

        Assert.Equal(0, await EventCountAsync(member.AccountId, item));
        // The document is read by SQL: this assembly's copy of the type is not the module's.
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from kz.mt_doc_playbackprogress where id = @id", connection);
        count.Parameters.AddWithValue("id", ProgressStreams.Of(member.AccountId, item));
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }
}
