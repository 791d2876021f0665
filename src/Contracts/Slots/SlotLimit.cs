namespace Kompetenzzentrum.Contracts.Slots;

/// <summary>
/// How many slot bookings one organisation may hold at once under one key, e.g. consultations in a quarter
/// (<c>consultation:2026-Q4</c>). The catalog counts the organisation's bookings that are not cancelled, lapsed or
/// rejected in slots booked under the key, while it holds a lock on key and organisation, so parallel bookings cannot
/// pass the limit together.
/// </summary>
/// <param name="Key">What is counted; the slot keeps the key it was first booked under.</param>
/// <param name="Limit">At most this many bookings.</param>
public sealed record SlotLimit(string Key, int Limit);
