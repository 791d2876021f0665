using System.Text.Json;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// Reads one booking as session documents stored it before <see cref="SessionBookingsJson"/> packed them: a short
/// array (booking id, organisation id, seats, status, then the change count, the offer's expiry and the attended
/// count where set) or, before that, an object with named fields. Nothing writes these forms any more; a session's
/// next change rewrites its document packed.
/// </summary>
internal static class SessionBookingJson
{
    public static SessionBooking Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.StartObject => ReadObject(ref reader),
        _ => throw new JsonException("A session booking is an array or an object."),
    };

    private static SessionBooking ReadArray(ref Utf8JsonReader reader)
    {
        var bookingId = Next(ref reader).GetGuid();
        var organisationId = Next(ref reader).GetGuid();
        var seats = Next(ref reader).GetInt32();
        var status = Enum.Parse<SeatStatus>(Next(ref reader).GetString()!);
        var sequence = Optional(ref reader) ? reader.GetInt32() : 0;
        var expires = Optional(ref reader) && reader.TokenType != JsonTokenType.Null ? reader.GetDateTimeOffset() : (DateTimeOffset?)null;
        var attended = Optional(ref reader) && reader.TokenType != JsonTokenType.Null ? reader.GetInt32() : (int?)null;
        if (reader.TokenType != JsonTokenType.EndArray && (!reader.Read() || reader.TokenType != JsonTokenType.EndArray))
        {
            throw new JsonException("A session booking has at most seven values.");
        }
        return new SessionBooking(bookingId, organisationId, seats, status, expires, sequence, attended);
    }

    // Moves to the next value of the array; false once the array has ended (the reader then stays on its end).
    private static bool Optional(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }
        return reader.Read() && reader.TokenType != JsonTokenType.EndArray;
    }

    private static ref Utf8JsonReader Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            throw new JsonException("A session booking needs booking id, organisation id, seats and status.");
        }
        return ref reader;
    }

    private static SessionBooking ReadObject(ref Utf8JsonReader reader)
    {
        var booking = new SessionBooking(Guid.Empty, Guid.Empty, 0, SeatStatus.Confirmed);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var isNull = reader.TokenType == JsonTokenType.Null;
            booking = name switch
            {
                "bookingId" => booking with { BookingId = reader.GetGuid() },
                "organisationId" => booking with { OrganisationId = reader.GetGuid() },
                "seats" => booking with { Seats = reader.GetInt32() },
                "status" => booking with { Status = Enum.Parse<SeatStatus>(reader.GetString()!) },
                "sequence" => booking with { Sequence = reader.GetInt32() },
                "offerExpiresAt" => booking with { OfferExpiresAt = isNull ? null : reader.GetDateTimeOffset() },
                "attended" => booking with { Attended = isNull ? null : reader.GetInt32() },
                _ => Skip(ref reader, booking),
            };
        }
        return booking;
    }

    private static SessionBooking Skip(ref Utf8JsonReader reader, SessionBooking booking)
    {
        reader.Skip();
        return booking;
    }
}
