using System.Text.Json;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

public sealed class SessionBookingJsonTests
{
    // The store's settings: camel case, enums as strings.
    private static readonly JsonSerializerOptions Store = new(JsonSerializerDefaults.Web);
    private static readonly Guid Booking = Guid.Parse("0190f3c4-0000-7000-8000-000000000001");
    private static readonly Guid Organisation = Guid.Parse("0190f3c4-0000-7000-8000-0000000000aa");

    private static readonly SessionBooking[] Bookings =
    [
        new SessionBooking(Booking, Organisation, 2, SeatStatus.Confirmed),
        new SessionBooking(Booking, Organisation, 1, SeatStatus.Waitlisted, Sequence: 3),
        new SessionBooking(Booking, Organisation, 1, SeatStatus.Offered, new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.FromHours(2)), 1),
        new SessionBooking(Booking, Organisation, 3, SeatStatus.Attended, null, 2, 2),
        new SessionBooking(Booking, Organisation, 1, SeatStatus.NoShow, new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.Zero), 4, 0),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Given_a_booking_When_stored_and_read_back_Then_it_is_the_same_booking(int index)
    {
        var booking = Bookings[index];
        var json = JsonSerializer.Serialize(booking, Store);

        Assert.StartsWith($"[\"{Booking}\",\"{Organisation}\",{booking.Seats},\"{booking.Status}\"", json, StringComparison.Ordinal);
        Assert.Equal(booking, JsonSerializer.Deserialize<SessionBooking>(json, Store));
    }

    [Fact]
    public void Given_a_new_confirmed_booking_Then_only_ids_seats_and_status_are_stored()
    {
        var json = JsonSerializer.Serialize(new SessionBooking(Booking, Organisation, 2, SeatStatus.Confirmed), Store);

        Assert.Equal($"[\"{Booking}\",\"{Organisation}\",2,\"Confirmed\"]", json);
    }

    [Fact]
    public void Given_a_document_written_with_bookings_as_objects_When_read_Then_every_field_is_kept()
    {
        var json = $$"""
            {"seats": 1, "status": "Offered", "attended": null, "sequence": 2, "bookingId": "{{Booking}}", "tookPlace": false,
             "holdsSeats": true, "offerExpiresAt": "2026-07-01T09:30:00+00:00", "organisationId": "{{Organisation}}"}
            """;

        var read = JsonSerializer.Deserialize<SessionBooking>(json, Store);

        Assert.Equal(new SessionBooking(Booking, Organisation, 1, SeatStatus.Offered, new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.Zero), 2), read);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[\"0190f3c4-0000-7000-8000-000000000001\"]")]
    [InlineData("[\"0190f3c4-0000-7000-8000-000000000001\",\"0190f3c4-0000-7000-8000-0000000000aa\",1,\"Confirmed\",0,null,1,9]")]
    [InlineData("\"Confirmed\"")]
    public void Given_a_malformed_booking_When_read_Then_it_is_refused(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<SessionBooking>(json, Store));
}
