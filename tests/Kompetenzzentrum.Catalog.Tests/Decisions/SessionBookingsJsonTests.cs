using System.Text.Json;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

public sealed class SessionBookingsJsonTests
{
    // The store's settings: camel case, enums as strings.
    private static readonly JsonSerializerOptions Store = new(JsonSerializerDefaults.Web);
    private static readonly Guid Booking = Guid.Parse("0190f3c4-0000-7000-8000-000000000001");
    private static readonly Guid Organisation = Guid.Parse("0190f3c4-0000-7000-8000-0000000000aa");
    private static readonly DateTimeOffset Starts = new(2026, 7, 2, 9, 0, 0, TimeSpan.FromHours(2));

    private static readonly SessionBooking[] Bookings =
    [
        new SessionBooking(Booking, Organisation, 2, SeatStatus.Confirmed),
        new SessionBooking(Guid.NewGuid(), Guid.NewGuid(), 1, SeatStatus.Waitlisted, Sequence: 3),
        new SessionBooking(Guid.NewGuid(), Organisation, 1, SeatStatus.Offered, new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.FromHours(2)), 1),
        new SessionBooking(Guid.NewGuid(), Guid.NewGuid(), 300, SeatStatus.Attended, null, 2, 2),
        new SessionBooking(Guid.NewGuid(), Guid.NewGuid(), 1, SeatStatus.NoShow, new DateTimeOffset(2026, 7, 1, 9, 30, 0, 123, TimeSpan.Zero), 4000, 0),
        new SessionBooking(Guid.NewGuid(), Guid.NewGuid(), 1, SeatStatus.Rejected, Sequence: 1),
    ];

    private static SessionState Session(params SessionBooking[] bookings) => new(Guid.NewGuid(), Guid.NewGuid(), Starts, Starts.AddHours(3), 5, bookings);

    private static SessionState RoundTrip(SessionState state) => JsonSerializer.Deserialize<SessionState>(JsonSerializer.Serialize(state, Store), Store)!;

    [Fact]
    public void Given_bookings_of_every_shape_When_stored_and_read_back_Then_each_is_the_same_booking_in_the_same_order()
    {
        var read = RoundTrip(Session(Bookings));

        Assert.Equal(Bookings, read.Bookings);
        // Offsets come back as written, not only the instant.
        Assert.Equal(TimeSpan.FromHours(2), read.Bookings[2].OfferExpiresAt!.Value.Offset);
    }

    [Fact]
    public void Given_a_session_without_bookings_When_stored_and_read_back_Then_it_has_none() =>
        Assert.Empty(RoundTrip(Session()).Bookings);

    [Fact]
    public void Given_a_session_of_100_new_bookings_When_stored_Then_its_bookings_are_one_string_of_about_45_characters_each()
    {
        var state = Session([.. Enumerable.Range(0, 100).Select(_ => new SessionBooking(Guid.CreateVersion7(), Guid.NewGuid(), 1, SeatStatus.Confirmed))]);

        var bookings = JsonDocument.Parse(JsonSerializer.Serialize(state, Store)).RootElement.GetProperty("bookings");

        Assert.Equal(JsonValueKind.String, bookings.ValueKind);
        // Format byte, then 34 bytes a booking, in base64url: (1 + 3,400) * 4 / 3 characters, rounded up, without padding.
        Assert.Equal(4535, bookings.GetString()!.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", bookings.GetString()!);
    }

    [Fact]
    public void Given_a_document_written_with_bookings_as_arrays_When_read_Then_every_field_is_kept()
    {
        var json = $$"""
            {"id": "{{Guid.NewGuid()}}", "offeringId": "{{Guid.NewGuid()}}", "startsAt": "2026-07-02T09:00:00+02:00", "endsAt": "2026-07-02T12:00:00+02:00", "capacity": 5,
             "bookings": [["{{Booking}}", "{{Organisation}}", 2, "Confirmed"], ["{{Booking}}", "{{Organisation}}", 1, "Offered", 1, "2026-07-01T09:30:00+02:00"],
                          ["{{Booking}}", "{{Organisation}}", 3, "Attended", 2, null, 2]]}
            """;

        var read = JsonSerializer.Deserialize<SessionState>(json, Store)!;

        Assert.Equal([Bookings[0], Bookings[2] with { BookingId = Booking }, Bookings[3] with { BookingId = Booking, OrganisationId = Organisation, Seats = 3 }], read.Bookings);
    }

    [Fact]
    public void Given_a_document_written_with_bookings_as_objects_When_read_Then_every_field_is_kept()
    {
        var json = $$"""
            {"id": "{{Guid.NewGuid()}}", "capacity": 5, "bookings": [{"seats": 1, "status": "Offered", "attended": null, "sequence": 2, "bookingId": "{{Booking}}",
             "tookPlace": false, "holdsSeats": true, "offerExpiresAt": "2026-07-01T09:30:00+00:00", "organisationId": "{{Organisation}}"}]}
            """;

        var read = JsonSerializer.Deserialize<SessionState>(json, Store)!;

        Assert.Equal([new SessionBooking(Booking, Organisation, 1, SeatStatus.Offered, new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.Zero), 2)], read.Bookings);
    }

    [Theory]
    [InlineData("[[]]")]
    [InlineData("[[\"0190f3c4-0000-7000-8000-000000000001\"]]")]
    [InlineData("[[\"0190f3c4-0000-7000-8000-000000000001\",\"0190f3c4-0000-7000-8000-0000000000aa\",1,\"Confirmed\",0,null,1,9]]")]
    [InlineData("[\"Confirmed\"]")]
    [InlineData("42")]
    // Not base64url; an empty list without its format byte; format 2; a booking cut after its ids; an unknown status (10).
    [InlineData("\"!AQ!\"")]
    [InlineData("\"\"")]
    [InlineData("\"Ag\"")]
    [InlineData("\"AQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"")]
    [InlineData("\"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgE\"")]
    public void Given_malformed_bookings_When_read_Then_they_are_refused(string bookings) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<SessionState>($"{{\"capacity\": 5, \"bookings\": {bookings}}}", Store));

    [Fact]
    public void Given_the_packed_form_of_a_known_booking_Then_it_reads_as_that_booking()
    {
        // Format 1, ids, head 0x00 (confirmed), 1 seat: the layout documented in SessionBookingPacking.
        var bytes = new byte[] { 1 }.Concat(Booking.ToByteArray()).Concat(Organisation.ToByteArray()).Concat(new byte[] { 0x00, 1 }).ToArray();
        var json = $"{{\"capacity\": 5, \"bookings\": \"{Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"}}";

        Assert.Equal([new SessionBooking(Booking, Organisation, 1, SeatStatus.Confirmed)], JsonSerializer.Deserialize<SessionState>(json, Store)!.Bookings);
    }
}
