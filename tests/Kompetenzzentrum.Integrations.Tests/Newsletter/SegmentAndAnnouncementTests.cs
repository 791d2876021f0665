using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Newsletter;

/// <summary>Segments by the organisation's public profile, and "tell me when a date opens".</summary>
public sealed class SegmentAndAnnouncementTests(NewsletterFixture host) : IClassFixture<NewsletterFixture>
{
    [Fact]
    public async Task Given_a_member_subscribed_with_its_own_address_When_segments_are_counted_Then_state_and_size_of_its_organisation_decide()
    {
        var member = await host.CreateOrganisationAdminAsync(); // small, Brandenburg
        await NewsletterApi.SubscribeAsync(member.Client, member.Email, "ki");
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync(await host.ConfirmationPathAsync(member.Email))).StatusCode);
        using var staff = host.CreateAdminClient();

        int Count(System.Text.Json.JsonElement answer) => answer.GetProperty("count").GetInt32();
        var matching = Count(await NewsletterApi.CountAsync(staff, new { federalStates = new[] { "BB" }, sizeClasses = new[] { "small" } }));
        var otherState = Count(await NewsletterApi.CountAsync(staff, new { federalStates = new[] { "BY" } }));
        var otherSize = Count(await NewsletterApi.CountAsync(staff, new { sizeClasses = new[] { "medium" } }));
        var otherTopic = Count(await NewsletterApi.CountAsync(staff, new { topics = new[] { "e-commerce" } }));

        Assert.Equal((1, 0, 0, 0), (matching, otherState, otherSize, otherTopic));
    }

    [Fact]
    public async Task Given_a_member_waiting_for_a_date_When_staff_schedule_two_sessions_Then_it_gets_one_announcement()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var staff = (await host.CreateUserAsync("center-staff")).Client;
        var offering = await CatalogSetup.PublishedOfferingAsync(staff, "experience-tour", "Programm " + Guid.NewGuid().ToString("N")[..6],
            ("Erlebnistour Fertigung", "Manufacturing tour"), ("Ein Nachmittag im Werk.", "An afternoon at the plant."), ["automatisierung"]);
        var watch = await member.Client.PostAsync($"/api/newsletter/offerings/{offering}/watch", null);
        Assert.Equal(HttpStatusCode.OK, watch.StatusCode);

        for (var i = 0; i < 2; i++)
        {
            var starts = DateTimeOffset.UtcNow.AddDays(14 + i);
            (await staff.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
                new { startsAt = starts, endsAt = starts.AddHours(3), capacity = 10 })).EnsureSuccessStatusCode();
        }

        var mails = await Eventually.Get(async () => (await host.MailsToAsync(member.Email))
            .Where(m => m.Category == "integrations.session-announcement").ToList(), m => m.Count > 0);
        await Task.Delay(TimeSpan.FromSeconds(2)); // the second session must not bring a second mail
        var mail = Assert.Single(await host.MailsToAsync(member.Email), m => m.Category == "integrations.session-announcement");
        Assert.Contains("Manufacturing tour", mail.Subject); // asked through the API, which speaks English unless told otherwise
        Assert.Contains($"/katalog/{offering}", mail.TextBody);
        Assert.Single(mails);
    }

    [Fact]
    public async Task Given_an_unknown_offering_When_a_member_asks_to_be_told_Then_404()
    {
        var member = await host.CreateOrganisationAdminAsync();

        var answer = await member.Client.PostAsync($"/api/newsletter/offerings/{Guid.NewGuid()}/watch", null);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }
}
