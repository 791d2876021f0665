using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Ical.Net;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>A session as the API answers it.</summary>
public sealed record SessionAnswer(
    Guid Id, Guid OfferingId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int SeatsTaken, int SeatsFree, int Waitlisted,
    bool Cancelled);

/// <summary>A booking as the API answers it.</summary>
public sealed record BookingAnswer(Guid BookingId, Guid SessionId, Guid OrganisationId, string Status, int? WaitlistPosition);

/// <summary>Staff moving and cancelling sessions over HTTP, and what the attendees' mails say.</summary>
public sealed class SessionLifecycleApi(HostFixture host, CatalogApi api)
{
    public static string NewEmail() => $"kontakt-{Guid.NewGuid():N}@example.org";

    /// <summary>A whole hour, so that calendar files (minutes, seconds) show it exactly.</summary>
    public static DateTimeOffset Hour(TimeSpan from)
    {
        var at = DateTimeOffset.UtcNow + from;
        return new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, 0, 0, TimeSpan.Zero);
    }

    public async Task<BookingAnswer> BookAsync(Guid session, Guid organisation, string? email, int seats = 1)
    {
        var body = new
        {
            organisationId = organisation,
            attendees = Enumerable.Range(1, seats).Select(i => new { name = $"Teilnehmende {i}" }).ToArray(),
            contactEmail = email,
        };
        var response = await CatalogApi.BookAsync(api.Client, session, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<BookingAnswer>(HostFixture.Json))!;
    }

    public async Task<(SessionAnswer Session, string ETag)> GetAsync(Guid session)
    {
        var response = await api.Client.GetAsync($"/api/catalog/sessions/{session}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<SessionAnswer>(HostFixture.Json))!, response.Headers.ETag!.Tag);
    }

    public async Task<BookingAnswer> BookingAsync(Guid session, Guid booking) =>
        (await api.Client.GetFromJsonAsync<BookingAnswer>($"/api/catalog/sessions/{session}/bookings/{booking}", HostFixture.Json))!;

    public Task<HttpResponseMessage> MoveAsync(Guid session, object body, string? etag, string language = "en", HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/catalog/sessions/{session}") { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }
        request.Headers.AcceptLanguage.ParseAdd(language);
        return (client ?? api.Client).SendAsync(request);
    }

    public Task<HttpResponseMessage> CancelAsync(Guid session, string? reason, string language = "en")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/catalog/sessions/{session}/cancel")
        {
            Content = JsonContent.Create(new { reason }),
        };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return api.Client.SendAsync(request);
    }

    public async Task<IReadOnlyList<SentMail>> MailsAsync(string email, int count) =>
        (await Eventually.Get<IReadOnlyList<SentMail>>(async () => await host.MailsToAsync(email), m => m.Count >= count))!;

    public static Calendar Ics(SentMail mail)
    {
        var attachment = Assert.Single(mail.Attachments);
        Assert.StartsWith("text/calendar", attachment.ContentType, StringComparison.Ordinal);
        return Calendar.Load(Encoding.UTF8.GetString(attachment.Content))!;
    }
}
