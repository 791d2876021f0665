using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Kompetenzzentrum.Media.Tests.Http;

/// <summary>
/// Playing at least 90 % of an item linked to a catalog offering completes the organisation's participation in it, once:
/// the catalog raises <see cref="ParticipationCompleted"/>, research mails the feedback survey, the maturity follow-up (T1
/// prompt) starts its clock; an open undated package item of that offering is what gets completed.
/// </summary>
[Collection(MediaHost.Name)]
public sealed class MediaCompletionTests(MediaHostFixture host)
{
    private static readonly JobKey SurveyJob = new("feedback-survey-dispatch", "research");

    private IDocumentStore Store => host.Factory.Services.GetRequiredService<IDocumentStore>();

    private static async Task ReportAsync(TestUser member, Guid item, double share)
    {
        var response = await member.Client.PostAsJsonAsync($"/api/media/progress/{item}",
            new { positionSeconds = (int)(share * 100), sharePlayed = share, completed = false });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task<IReadOnlyList<ParticipationCompleted>> CompletedAsync(Guid organisation, Guid offering)
    {
        await using var session = Store.QuerySession();
        return await session.Events.QueryRawEventDataOnly<ParticipationCompleted>()
            .Where(p => p.OrganisationId == organisation && p.OfferingId == offering).ToListAsync();
    }

    private Task<IReadOnlyList<ParticipationCompleted>> EventuallyCompletedAsync(Guid organisation, Guid offering) =>
        Eventually.Get(() => CompletedAsync(organisation, offering)!, found => found.Count > 0, TimeSpan.FromSeconds(60));

    // Another item of its own offering played through: once the catalog completed it, it has handled every report before.
    private async Task BarrierAsync(MediaApi api, TestUser member)
    {
        var offering = await MediaFit.OfferingAsync(api.Client, "video");
        var item = await MediaFit.VideoAsync(api, "Schranke", ("offeringId", offering));
        await ReportAsync(member, item, 1.0);
        await EventuallyCompletedAsync(member.OrganisationId!.Value, offering);
    }

    [Fact]
    public async Task Given_a_linked_video_When_a_member_plays_90_percent_Then_the_participation_completes_the_survey_is_mailed_and_T1_is_due_later()
    {
        using var api = new MediaApi(host);
        var offering = await MediaFit.OfferingAsync(api.Client, "video", "ki", "daten");
        var video = await MediaFit.VideoAsync(api, "Kurz erklärt: KI", ("offeringId", offering), ("topics", new[] { "ki" }));
        var member = await host.CreateOrganisationAdminAsync();
        var organisation = member.OrganisationId!.Value;

        await ReportAsync(member, video, 0.9);

        var completed = Assert.Single(await EventuallyCompletedAsync(organisation, offering));
        Assert.Equal(("video", (Guid?)null), (completed.OfferingType, completed.SessionId));
        Assert.Equal(["ki", "daten"], completed.Topics);
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(SurveyJob);
        var surveys = await Eventually.Get(
            async () => (await host.MailsToAsync(member.Email)).Where(m => m.Category == "research.feedback-survey").ToList(),
            found => found.Count > 0, TimeSpan.FromSeconds(60));
        Assert.Contains("/umfrage/", Assert.Single(surveys).TextBody, StringComparison.Ordinal);
        var followUp = await FollowUpStartedAsync(organisation);
        Assert.NotNull(followUp);
        Assert.True((followUp.Value - completed.CompletedAt).Duration() < TimeSpan.FromSeconds(1), $"{followUp} against {completed.CompletedAt}");
    }

    [Fact]
    public async Task Given_89_percent_played_Then_nothing_completes()
    {
        using var api = new MediaApi(host);
        var offering = await MediaFit.OfferingAsync(api.Client, "video");
        var video = await MediaFit.VideoAsync(api, "Fast ganz", ("offeringId", offering));
        var member = await host.CreateOrganisationAdminAsync();

        await ReportAsync(member, video, 0.89);
        await BarrierAsync(api, member);

        Assert.Empty(await CompletedAsync(member.OrganisationId!.Value, offering));
    }

    [Fact]
    public async Task Given_two_items_of_one_offering_played_through_and_reported_again_Then_the_participation_completes_once()
    {
        using var api = new MediaApi(host);
        var offering = await MediaFit.OfferingAsync(api.Client, "video");
        var first = await MediaFit.VideoAsync(api, "Teil 1", ("offeringId", offering));
        var second = await MediaFit.VideoAsync(api, "Teil 2", ("offeringId", offering));
        var member = await host.CreateOrganisationAdminAsync();

        await ReportAsync(member, first, 0.95);
        await EventuallyCompletedAsync(member.OrganisationId!.Value, offering);
        host.Clock.Advance(TimeSpan.FromSeconds(20));
        await ReportAsync(member, first, 1.0);
        await ReportAsync(member, second, 1.0);
        await BarrierAsync(api, member);

        Assert.Single(await CompletedAsync(member.OrganisationId!.Value, offering));
    }

    [Fact]
    public async Task Given_a_package_with_an_undated_podcast_offering_When_its_episode_is_played_through_Then_that_item_is_completed()
    {
        using var api = new MediaApi(host);
        var offering = await MediaFit.OfferingAsync(api.Client, "podcast-episode");
        var slug = await api.SeriesAsync();
        var url = $"/api/media/podcasts/{slug}/episodes";
        var episode = (await MediaApi.Created(await api.Client.PostAsJsonAsync(url, new
        {
            title = "Folge: KI im Paket",
            description = "Im Paket.",
            audioFileId = await api.UploadAsync(MediaApi.Mp3(300), "audio/mpeg"),
            durationSeconds = 100,
            topics = new[] { "ki" },
            offeringId = offering,
        }))).GetProperty("id").GetGuid();
        var member = await host.CreateOrganisationAdminAsync();
        var package = await MediaApi.Created(await member.Client.PostAsJsonAsync("/api/catalog/package-bookings", new
        {
            organisationId = member.OrganisationId,
            attendees = new[] { new { name = "Erika Mustermann" } },
            sessionIds = Array.Empty<Guid>(),
            offeringIds = new[] { offering },
        }));
        var packageId = package.GetProperty("packageBookingId").GetGuid();
        var item = package.GetProperty("items")[0];
        Assert.Equal("enrolled", item.GetProperty("status").GetString());

        await ReportAsync(member, episode, 1.0);

        var completed = Assert.Single(await EventuallyCompletedAsync(member.OrganisationId!.Value, offering));
        Assert.Equal(item.GetProperty("bookingId").GetGuid(), completed.ParticipationId);
        Assert.Equal("podcast-episode", completed.OfferingType);
        var after = await member.Client.GetFromJsonAsync<JsonElement>($"/api/catalog/package-bookings/{packageId}");
        Assert.Equal("completed", after.GetProperty("items")[0].GetProperty("status").GetString());
    }

    // When the maturity follow-up (the T1 prompt's clock) started for the organisation, read by SQL (the type is the organisations module's).
    private async Task<DateTimeOffset?> FollowUpStartedAsync(Guid organisation)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("select data->>'firstCompletedAt' from kz.mt_doc_maturityfollowup where id = @id", connection);
        query.Parameters.AddWithValue("id", organisation);
        return await query.ExecuteScalarAsync() is string at ? DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
