using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>What a booking command decided: its frozen answer and what to do once it is committed.</summary>
internal sealed record CommandOutcome(BookingAnswer Answer, Func<CancellationToken, Task>? AfterCommit = null);

/// <summary>
/// Runs a command under an <c>Idempotency-Key</c>: the first answer is stored in the command's own transaction,
/// a retry gets it back byte for byte and acts no second time, and the key sent with another body is refused
/// with 422. Two requests racing with one key both try to insert the answer; the loser rolls back and returns
/// the winner's answer.
/// </summary>
internal static class Idempotency
{
    public const string Header = "Idempotency-Key";

    public static string Fingerprint(object body, JsonSerializerOptions json) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body, body.GetType(), json))));

    public static BookingAnswer KeyReused(ITexts texts, JsonSerializerOptions json) =>
        BookingAnswer.Refused(Refusal.Conflict("catalog.idempotency-key-reused"), texts, json, StatusCodes.Status422UnprocessableEntity);

    /// <summary>
    /// Returns the stored answer under <c>id</c> (scope and key; null when the request sent no key), or runs
    /// <c>act</c>, which decides and appends to the session without saving, and saves its answer with it.
    /// </summary>
    public static async Task<BookingAnswer> RunAsync(ITexts texts, IDocumentSession session, IDocumentStore store, string? id, string fingerprint,
        JsonSerializerOptions json, TimeProvider clock, Func<Task<CommandOutcome>> act, CancellationToken ct)
    {
        if (id is not null && await session.LoadAsync<IdempotentBooking>(id, ct) is { } earlier)
        {
            return earlier.Fingerprint == fingerprint ? earlier.Answer : KeyReused(texts, json);
        }
        var outcome = await act();
        if (id is not null)
        {
            session.Insert(new IdempotentBooking(id, fingerprint, outcome.Answer, clock.GetUtcNow()));
        }
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (DocumentAlreadyExistsException) when (id is not null)
        {
            await using var query = store.QuerySession();
            var winner = await query.LoadAsync<IdempotentBooking>(id, ct);
            return winner?.Fingerprint == fingerprint ? winner.Answer : KeyReused(texts, json);
        }
        if (outcome.AfterCommit is { } after)
        {
            await after(ct);
        }
        return outcome.Answer;
    }

    /// <summary>The key sent, "" when none; a 400 problem when it is too long.</summary>
    public static string Read(HttpRequest request) => request.Headers[Header].ToString();

    public static bool IsValid(string key) => key.Length <= 200;
}
