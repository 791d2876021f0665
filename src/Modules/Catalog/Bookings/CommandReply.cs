using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Catalog.Bookings;

/// <summary>
/// The answer to a booking command (a booking, a package booking, a package cancellation): the typed
/// <see cref="Result"/> that pages show, and the frozen HTTP <see cref="Answer"/> the API sends and keeps for
/// idempotent retries. The answer is null when the command was refused before anything was decided; the API then
/// answers the refusal as problem details.
/// </summary>
/// <typeparam name="T">The success value.</typeparam>
internal sealed record CommandReply<T>(Result<T> Result, BookingAnswer? Answer)
{
    /// <summary>The session (or its offering) does not exist.</summary>
    public static CommandReply<T> SessionNotFound { get; } = new(Refusal.NotFound("catalog.session-not-found"), null);

    /// <summary>Refused before anything was decided.</summary>
    public static CommandReply<T> Refused(Refusal refusal) => new(refusal, null);

    /// <summary>
    /// The reply for a decided answer; null means the session vanished. An answer read back for an idempotent retry
    /// has no typed face any more (pages send no key, so they never see one).
    /// </summary>
    public static CommandReply<T> Of(BookingAnswer? answer) => answer switch
    {
        null => SessionNotFound,
        { Value: T value } => new(value, answer),
        { Refusal: { } refused } => new(refused, answer),
        _ => new(Refusal.Conflict("catalog.answer-replayed"), answer),
    };

    /// <summary>The API's answer: the frozen one, else the refusal's problem (with <c>Retry-After</c> when busy).</summary>
    public IResult ToHttpResult(HttpContext http)
    {
        if (Answer is { } answer)
        {
            return answer.ToResult(http);
        }
        var refused = Result.Refusal!;
        if (refused.Kind == RefusalKind.Unavailable)
        {
            http.Response.Headers.RetryAfter = "2";
        }
        return refused.ToHttpResult();
    }
}
