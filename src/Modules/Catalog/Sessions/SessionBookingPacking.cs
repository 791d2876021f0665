using System.Buffers.Binary;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// A session's bookings as bytes: a format byte (1), then per booking its id and its organisation's id (16 bytes
/// each), a head byte (the status in the low four bits; then flags for a change count, an offer expiry and an
/// attended count), the seats, and those three where the flags say so. Numbers are 7-bit varints; an expiry is
/// its UTC ticks and its offset in minutes. A booking takes 34 bytes when new. <see cref="SessionBookingsJson"/>
/// stores them as one base64url string.
/// </summary>
internal static class SessionBookingPacking
{
    public const byte Format = 1;
    private const int Ids = 32;
    private const byte HasSequence = 0x10, HasExpiry = 0x20, HasAttended = 0x40;

    /// <summary>An upper bound of the packed length, for the buffer.</summary>
    public static int MaxLength(int count) => 1 + count * (Ids + 1 + 5 + 5 + 10 + 5);

    /// <summary>Writes the bookings into <paramref name="buffer"/> (at least <see cref="MaxLength"/> long) and returns the length written.</summary>
    public static int Pack(IReadOnlyList<SessionBooking> bookings, Span<byte> buffer)
    {
        buffer[0] = Format;
        var at = 1;
        foreach (var b in bookings)
        {
            b.BookingId.TryWriteBytes(buffer[at..]);
            b.OrganisationId.TryWriteBytes(buffer[(at + 16)..]);
            at += Ids;
            var head = (byte)b.Status;
            head |= b.Sequence != 0 ? HasSequence : (byte)0;
            head |= b.OfferExpiresAt is not null ? HasExpiry : (byte)0;
            head |= b.Attended is not null ? HasAttended : (byte)0;
            buffer[at++] = head;
            at += WriteVarint(buffer[at..], (uint)b.Seats);
            if (b.Sequence != 0)
            {
                at += WriteVarint(buffer[at..], (uint)b.Sequence);
            }
            if (b.OfferExpiresAt is { } expires)
            {
                BinaryPrimitives.WriteInt64LittleEndian(buffer[at..], expires.UtcTicks);
                BinaryPrimitives.WriteInt16LittleEndian(buffer[(at + 8)..], (short)expires.TotalOffsetMinutes);
                at += 10;
            }
            if (b.Attended is { } attended)
            {
                at += WriteVarint(buffer[at..], (uint)attended);
            }
        }
        return at;
    }

    /// <summary>Reads packed bookings; throws <see cref="FormatException"/> when the bytes are not such a list.</summary>
    public static List<SessionBooking> Unpack(ReadOnlySpan<byte> packed)
    {
        if (packed.Length == 0 || packed[0] != Format)
        {
            throw new FormatException($"Packed session bookings start with format byte {Format}.");
        }
        var bookings = new List<SessionBooking>(packed.Length / (Ids + 3));
        var at = 1;
        while (at < packed.Length)
        {
            Need(packed, at, Ids + 2);
            var bookingId = new Guid(packed.Slice(at, 16));
            var organisationId = new Guid(packed.Slice(at + 16, 16));
            at += Ids;
            var head = packed[at++];
            var status = (SeatStatus)(head & 0x0F);
            if (!Enum.IsDefined(status) || (head & 0x80) != 0)
            {
                throw new FormatException($"Unknown booking head {head}.");
            }
            var seats = (int)ReadVarint(packed, ref at);
            var sequence = (head & HasSequence) != 0 ? (int)ReadVarint(packed, ref at) : 0;
            DateTimeOffset? expires = null;
            if ((head & HasExpiry) != 0)
            {
                Need(packed, at, 10);
                var utc = new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(packed[at..]), TimeSpan.Zero);
                expires = utc.ToOffset(TimeSpan.FromMinutes(BinaryPrimitives.ReadInt16LittleEndian(packed[(at + 8)..])));
                at += 10;
            }
            int? attended = (head & HasAttended) != 0 ? (int)ReadVarint(packed, ref at) : null;
            bookings.Add(new SessionBooking(bookingId, organisationId, seats, status, expires, sequence, attended));
        }
        return bookings;
    }

    private static int WriteVarint(Span<byte> buffer, uint value)
    {
        var i = 0;
        for (; value >= 0x80; value >>= 7)
        {
            buffer[i++] = (byte)(value | 0x80);
        }
        buffer[i++] = (byte)value;
        return i;
    }

    private static uint ReadVarint(ReadOnlySpan<byte> packed, ref int at)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            Need(packed, at, 1);
            var b = packed[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
        throw new FormatException("A number in packed session bookings is longer than five bytes.");
    }

    private static void Need(ReadOnlySpan<byte> packed, int at, int count)
    {
        if (packed.Length - at < count)
        {
            throw new FormatException("Packed session bookings end in the middle of a booking.");
        }
    }
}
