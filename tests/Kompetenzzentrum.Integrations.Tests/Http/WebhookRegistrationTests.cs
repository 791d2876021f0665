using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Http;

public sealed class WebhookRegistrationTests(WebhookFixture host) : IClassFixture<WebhookFixture>
{
    [Fact]
    public async Task Given_bad_input_When_registering_Then_400_naming_the_field()
    {
        using var staff = host.CreateAdminClient();
        var badUrl = await HttpAnswers.Problem(
            await staff.PostAsJsonAsync("/api/webhooks", new { url = "ftp://example.org/x", eventTypes = new[] { "booking.confirmed" } }),
            HttpStatusCode.BadRequest);
        Assert.True(badUrl.GetProperty("errors").TryGetProperty("url", out _));
        var relative = await HttpAnswers.Problem(
            await staff.PostAsJsonAsync("/api/webhooks", new { url = "/hooks", eventTypes = new[] { "booking.confirmed" } }),
            HttpStatusCode.BadRequest);
        Assert.True(relative.GetProperty("errors").TryGetProperty("url", out _));
        var badType = await HttpAnswers.Problem(
            await staff.PostAsJsonAsync("/api/webhooks", new { url = "https://example.org/x", eventTypes = new[] { "booking.exploded" } }),
            HttpStatusCode.BadRequest);
        var errors = badType.GetProperty("errors");
        Assert.False(errors.TryGetProperty("url", out _));
        Assert.Contains("booking.exploded", errors.GetProperty("eventTypes")[0].GetString(), StringComparison.Ordinal);
        var none = await HttpAnswers.Problem(
            await staff.PostAsJsonAsync("/api/webhooks", new { url = "https://example.org/x" }), HttpStatusCode.BadRequest);
        Assert.True(none.GetProperty("errors").TryGetProperty("eventTypes", out _));
        var empty = await staff.PostAsync("/api/webhooks", JsonContent.Create<object?>(null));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Given_staff_When_registering_Then_201_with_the_secret_once_and_the_list_never_shows_it()
    {
        using var staff = host.CreateAdminClient();
        var created = await HttpAnswers.Created(await staff.PostAsJsonAsync("/api/webhooks",
            new { url = "https://receiver.example.org/hooks", eventTypes = new[] { "booking.confirmed", "check.completed" } }));
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        var id = created.GetProperty("id").GetGuid();

        var list = await staff.GetStringAsync("/api/webhooks");
        Assert.Contains(id.ToString(), list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret["whsec_".Length..], list, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", list, StringComparison.OrdinalIgnoreCase);
        var one = await staff.GetFromJsonAsync<JsonElement>($"/api/webhooks/{id}");
        Assert.False(one.TryGetProperty("secret", out _));
        Assert.True(one.GetProperty("enabled").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/webhooks/{id}/disable", null)).StatusCode);
        Assert.False((await staff.GetFromJsonAsync<JsonElement>($"/api/webhooks/{id}")).GetProperty("enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"/api/webhooks/{id}/enable", null)).StatusCode);
    }

    [Fact]
    public async Task Given_a_member_or_nobody_When_calling_the_webhook_api_Then_403_or_401()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var body = new { url = "https://example.org/x", eventTypes = new[] { "booking.confirmed" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.PostAsJsonAsync("/api/webhooks", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/api/webhooks")).StatusCode);
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/webhooks")).StatusCode);
    }
}
