using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Integrations.Tests.Newsletter;

/// <summary>A member's subscription in the data export, and erasure of an account or organisation leaving nothing of the address.</summary>
public sealed class PrivacyTests(NewsletterFixture host) : IClassFixture<NewsletterFixture>
{
    private sealed record ConsentEvent(string Event, DateTimeOffset At, string Source, string? TextVersion);

    private sealed record Subscription(string Email, string Status, IReadOnlyList<string> Topics, DateTimeOffset? ConfirmedAt,
        IReadOnlyList<ConsentEvent> Consent);

    private sealed record Watch(Guid OfferingId, string Email);

    private sealed record Section(IReadOnlyList<Subscription> NewsletterSubscriptions, IReadOnlyList<Watch> DateWatches);

    private sealed record Export(Section Integrations);

    private sealed record Counts(int Pending, int Confirmed, int Withdrawn, int Erased);

    [Fact]
    public async Task Given_a_subscribed_member_waiting_for_a_date_When_exporting_Then_address_status_consent_and_watch_are_in_it()
    {
        var member = await NewsletterApi.MemberConfirmedAsync(host, "cloud");
        var offering = await WatchedOfferingAsync(member);

        var export = await member.Client.GetFromJsonAsync<Export>("/api/organisations/privacy/export", HostFixture.Json);

        var subscription = Assert.Single(export!.Integrations.NewsletterSubscriptions);
        Assert.Equal((member.Email.ToLowerInvariant(), "Confirmed", "cloud"),
            (subscription.Email, subscription.Status, Assert.Single(subscription.Topics)));
        Assert.Equal(["requested", "consent-given"], subscription.Consent.Select(c => c.Event));
        Assert.Equal("2026-12", subscription.Consent[1].TextVersion);
        Assert.Equal(subscription.ConfirmedAt, subscription.Consent[1].At);
        Assert.Equal(offering, Assert.Single(export.Integrations.DateWatches).OfferingId);
    }

    [Fact]
    public async Task Given_a_member_mailed_a_campaign_When_the_organisation_is_erased_Then_nothing_is_found_by_its_address_and_the_figures_stay()
    {
        var member = await NewsletterApi.MemberConfirmedAsync(host, "e-commerce");
        await WatchedOfferingAsync(member);
        using var staff = host.CreateAdminClient();
        var campaign = await NewsletterApi.SendToAsync(host, staff, new { topics = new[] { "e-commerce" } });
        var sent = (await host.GetJsonAsync<CampaignAnswer>($"/api/newsletter/campaigns/{campaign.Id}")).Sent;
        var subscriber = NewsletterTokens.SubscriberIdOf(member.Email.ToLowerInvariant());
        Assert.NotEmpty(await host.WhereStoredAsync(member.Email));
        Assert.NotEmpty(await host.WhereStoredAsync(subscriber.ToString()));
        var before = await host.GetJsonAsync<Counts>("/api/newsletter/subscribers/counts");

        var erased = await staff.DeleteAsync($"/api/organisations/{member.OrganisationId}");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Empty(await host.WhereStoredAsync(member.Email));
        Assert.Empty(await host.WhereStoredAsync(subscriber.ToString()));
        Assert.Equal(0, await StreamRowsAsync(subscriber));
        Assert.Equal(sent, (await host.GetJsonAsync<CampaignAnswer>($"/api/newsletter/campaigns/{campaign.Id}")).Sent);
        var after = await host.GetJsonAsync<Counts>("/api/newsletter/subscribers/counts");
        Assert.Equal((before.Confirmed - 1, before.Erased + 1), (after.Confirmed, after.Erased));
    }

    [Fact]
    public async Task Given_a_subscribed_member_When_it_erases_its_account_Then_its_subscription_and_consent_events_are_gone()
    {
        var member = await NewsletterApi.MemberConfirmedAsync(host, "ki");
        await host.JoinedColleagueAsync(member, asAdmin: true); // the last admin may not leave: another admin stays
        var subscriber = NewsletterTokens.SubscriberIdOf(member.Email.ToLowerInvariant());
        Assert.Equal(3, await StreamRowsAsync(subscriber)); // the stream and its two events

        var erased = await member.Client.DeleteAsync("/api/organisations/accounts/me");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Empty(await host.WhereStoredAsync(member.Email));
        Assert.Equal(0, await StreamRowsAsync(subscriber));
    }

    private async Task<Guid> WatchedOfferingAsync(TestUser member)
    {
        using var staff = await host.AdminAsync();
        var offering = await CatalogSetup.PublishedOfferingAsync(staff, "experience-tour", "Programm " + Guid.NewGuid().ToString("N")[..6],
            ("Erlebnistour Druckerei", "Print shop tour"), ("Ein Tag an der Presse.", "A day at the press."), ["e-commerce"]);
        Assert.Equal(HttpStatusCode.OK, (await member.Client.PostAsync($"/api/newsletter/offerings/{offering}/watch", null)).StatusCode);
        return offering;
    }

    // The subscriber's stream row and its events (the stream id is a uuid column, which the text search does not read).
    private async Task<long> StreamRowsAsync(Guid stream)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select (select count(*) from kz.mt_streams where id = @id) + (select count(*) from kz.mt_events where stream_id = @id)", connection);
        command.Parameters.AddWithValue("id", stream);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
