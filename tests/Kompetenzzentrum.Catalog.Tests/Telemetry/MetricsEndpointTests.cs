using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Catalog.Tests.Http;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Telemetry;

public sealed partial class MetricsEndpointTests(MetricsHost host) : IClassFixture<MetricsHost>
{
    [Fact]
    public async Task Given_bookings_When_prometheus_scrapes_with_the_token_Then_the_booking_counters_and_http_server_metrics_are_there()
    {
        using var api = new CatalogApi(host);
        var session = await api.SessionAsync(capacity: 1);
        var holder = Guid.NewGuid();
        var confirmed = await CatalogApi.Created(await api.BookAsync(session, holder));
        await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid()));
        var cancel = await api.Client.PostAsJsonAsync(
            $"/api/catalog/sessions/{session}/bookings/{confirmed.GetProperty("bookingId").GetGuid()}/cancel", new { organisationId = holder });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);

        var text = await Eventually.Get(ScrapeAsync, scraped => Counter(scraped, "cancelled") >= 1);

        Assert.True(Counter(text, "confirmed") >= 1, text);
        Assert.True(Counter(text, "waitlisted") >= 1, text);
        Assert.True(Counter(text, "cancelled") >= 1, text);
        Assert.Contains("http_server_request_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains("kz_bookings_total", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_no_or_a_wrong_token_When_scraping_Then_401_and_no_figures()
    {
        using var client = host.CreateClient();
        var anonymous = await client.GetAsync("/metrics");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsHost.Token + "x");
        var guessed = await client.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        Assert.DoesNotContain("kz_", await guessed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string?> ScrapeAsync()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsHost.Token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static double Counter(string text, string outcome)
    {
        var match = BookingLine().Matches(text)
            .FirstOrDefault(m => m.Groups["labels"].Value.Contains($"outcome=\"{outcome}\"", StringComparison.Ordinal));
        return match is null ? 0 : double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^kz_bookings_total\{(?<labels>[^}]*)\} (?<value>[0-9.e+]+)", RegexOptions.Multiline)]
    private static partial Regex BookingLine();
}
