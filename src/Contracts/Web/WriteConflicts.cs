using Marten;
using Npgsql;

namespace Kompetenzzentrum.Contracts.Web;

/// <summary>
/// Two requests writing to one event stream at once: Marten lets the first commit and refuses the second
/// (optimistic concurrency on the stream version, a stream started twice, a document inserted twice). A command
/// whose outcome does not depend on what its caller saw (a counter, a toggle, a whole replacement) runs again on
/// fresh state with <see cref="RetryOnConflictAsync{T}"/>; one whose caller named a version answers 409 or 412
/// itself. A conflict that escapes both is answered 409 by the host, never 500.
/// </summary>
public static class WriteConflicts
{
    /// <summary>How often <see cref="RetryOnConflictAsync{T}"/> runs an attempt at most.</summary>
    public const int MaxAttempts = 10;

    /// <summary>
    /// True when <paramref name="exception"/>, or an exception it wraps, means that a concurrent write won: a stream
    /// version taken, a stream or document created meanwhile, a unique index hit, a serialization failure or a
    /// deadlock PostgreSQL broke.
    /// </summary>
    /// <param name="exception">What a save threw.</param>
    public static bool IsConflict(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case JasperFx.ConcurrencyException:
                case JasperFx.Events.ExistingStreamIdCollisionException:
                case Marten.Exceptions.ExistingStreamIdCollisionException:
                case Marten.Exceptions.ConcurrentUpdateException:
                case JasperFx.DocumentAlreadyExistsException:
                case PostgresException
                {
                    SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
                }:
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> (load, decide, append, save) and, when a concurrent write to the same stream
    /// won, drops the session's pending changes and runs it again on fresh state, after a short random pause, at
    /// most <see cref="MaxAttempts"/> times; the last conflict escapes (the host answers 409). Only for commands
    /// whose outcome does not depend on what the caller saw: the attempt must load what it decides on itself.
    /// </summary>
    /// <typeparam name="T">The attempt's result, usually the HTTP answer.</typeparam>
    /// <param name="session">The request's session; the attempt loads, appends and saves through it.</param>
    /// <param name="attempt">One try, from loading the state to <c>SaveChangesAsync</c>.</param>
    /// <param name="ct">Cancels waiting and the attempts.</param>
    public static async Task<T> RetryOnConflictAsync<T>(this IDocumentSession session, Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        for (var tried = 1; ; tried++)
        {
            try
            {
                return await attempt(ct);
            }
            catch (Exception ex) when (tried < MaxAttempts && IsConflict(ex))
            {
                session.EjectAllPendingChanges();
                // Random, growing pauses spread the writers out so that the next round has fewer losers.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 << Math.Min(tried, 4))), ct);
            }
        }
    }
}
