using Kompetenzzentrum.Contracts.Web;
using Marten;

namespace Kompetenzzentrum.Modules.Consultations.Experts;

/// <summary>
/// Appends an event that replaces the whole state of its stream (an expert's profile, a use case): the last one holds,
/// so a concurrent write to the stream is simply retried (<see cref="WriteConflicts.RetryOnConflictAsync{T}"/>).
/// </summary>
internal static class ReplacementWrites
{
    public static Task AppendAsync(IDocumentSession session, Guid streamId, object replacement, CancellationToken ct) =>
        session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(streamId, replacement);
            await session.SaveChangesAsync(token);
            return true;
        }, ct);
}
