using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>
/// A consultation's slot is a catalog booking: one row per booking in the catalog's tables, in a session of one seat that
/// names the expert, on the catalog's participant list; the catalog neither books nor cancels it past the consultation.
/// </summary>
public sealed class SlotEngineTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Booking_moving_and_cancelling_a_consultation_book_move_and_cancel_one_catalog_seat()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync(quarterlyLimit: 5);
        var expert = await api.ExpertAsync(["documents"]);
        var org = Guid.NewGuid();
        var consultation = await api.AnsweredAsync(org, offering, ConsultationApi.DocsAnswers);
        var slots = await api.SlotsAsync(org, consultation);

        await HttpAnswers.Created(await api.BookAsync(org, consultation, slots[3]));

        var booked = Assert.Single(await CatalogBookingsAsync(org));
        Assert.Equal(("Confirmed", expert, 1, slots[3]), (booked.Status, booked.ResourceId, booked.Capacity, booked.StartsAt));
        var list = await api.Client.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{booked.SessionId}/bookings");
        Assert.Contains(booked.BookingId.ToString(), list.GetRawText(), StringComparison.Ordinal);

        // The slot is neither booked nor cancelled as a plain catalog session, even by an organisation that passes the type's rules.
        var other = await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{booked.SessionId}/bookings",
            new { organisationId = org, attendees = new[] { new { name = "Eva Muster" } } });
        var refused = await HttpAnswers.Problem(other, HttpStatusCode.Conflict);
        Assert.Equal("catalog.slot-booked-through-type", refused.GetProperty("code").GetString());
        var cancel = await api.Client.PostAsJsonAsync($"/api/catalog/sessions/{booked.SessionId}/bookings/{booked.BookingId}/cancel",
            new { organisationId = org });
        var notCancelled = await HttpAnswers.Problem(cancel, HttpStatusCode.Conflict);
        Assert.Equal("catalog.slot-booked-through-type", notCancelled.GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.OK, (await api.MoveAsync(org, consultation, slots[4])).StatusCode);
        var moved = await CatalogBookingsAsync(org);
        Assert.Equal([("Cancelled", slots[3]), ("Confirmed", slots[4])], moved.OrderBy(b => b.StartsAt).Select(b => (b.Status, b.StartsAt)));
        Assert.Contains(slots[3], await api.SlotsAsync(org, consultation));

        Assert.Equal(HttpStatusCode.OK, (await api.CancelAsync(org, consultation)).StatusCode);
        Assert.All(await CatalogBookingsAsync(org), b => Assert.Equal("Cancelled", b.Status));
    }

    private sealed record CatalogBooking(Guid BookingId, Guid SessionId, string Status, Guid ResourceId, int Capacity, DateTimeOffset StartsAt);

    // Read as staff and support would, in SQL: one row per booking, its session's row beside it.
    private async Task<IReadOnlyList<CatalogBooking>> CatalogBookingsAsync(Guid organisationId)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select b.id, s.id, b.data ->> 'status', CAST(s.data ->> 'resourceId' as uuid), CAST(s.data ->> 'capacity' as int),
                   CAST(s.data ->> 'startsAt' as timestamptz)
            from kz.mt_doc_sessionbooking b join kz.mt_doc_sessionseats s on s.id = CAST(b.data ->> 'sessionId' as uuid)
            where CAST(b.data ->> 'organisationId' as uuid) = @organisation
            """, connection);
        command.Parameters.AddWithValue("organisation", organisationId);
        await using var reader = await command.ExecuteReaderAsync();
        var bookings = new List<CatalogBooking>();
        while (await reader.ReadAsync())
        {
            bookings.Add(new CatalogBooking(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetGuid(3), reader.GetInt32(4),
                reader.GetFieldValue<DateTimeOffset>(5)));
        }
        return bookings;
    }
}
