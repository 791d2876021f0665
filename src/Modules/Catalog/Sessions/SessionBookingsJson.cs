using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// Stores <see cref="SessionState.Bookings"/> as one base64url string of <see cref="SessionBookingPacking"/>.
/// Every booking reads and rewrites its session's document: as a JSON array of short arrays a session of 100
/// bookings took 10 KB, which PostgreSQL parsed on every write and printed on every read; packed it takes 4.5 KB
/// and one string token, and the database's share of a booking falls accordingly (see the Catalog README).
/// Documents written before, with bookings as arrays or objects, still read (<see cref="SessionBookingJson"/>).
/// </summary>
internal sealed class SessionBookingsJson : JsonConverter<IReadOnlyList<SessionBooking>>
{
    public override IReadOnlyList<SessionBooking> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var bookings = new List<SessionBooking>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                bookings.Add(SessionBookingJson.Read(ref reader));
            }
            return bookings;
        }
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Session bookings are a packed string or an array.");
        }
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var text = ArrayPool<byte>.Shared.Rent(length);
        var bytes = ArrayPool<byte>.Shared.Rent(Base64Url.GetMaxDecodedLength(length));
        try
        {
            var written = reader.CopyString(text);
            if (Base64Url.DecodeFromUtf8(text.AsSpan(0, written), bytes, out _, out var decoded) != OperationStatus.Done)
            {
                throw new JsonException("Packed session bookings are not base64url.");
            }
            return SessionBookingPacking.Unpack(bytes.AsSpan(0, decoded));
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(text);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<SessionBooking> value, JsonSerializerOptions options)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(SessionBookingPacking.MaxLength(value.Count));
        var text = ArrayPool<byte>.Shared.Rent(Base64Url.GetEncodedLength(bytes.Length));
        try
        {
            var packed = SessionBookingPacking.Pack(value, bytes);
            var encoded = Base64Url.EncodeToUtf8(bytes.AsSpan(0, packed), text);
            writer.WriteStringValue(text.AsSpan(0, encoded));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<byte>.Shared.Return(text);
        }
    }
}
