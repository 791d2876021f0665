using Marten;

namespace Kompetenzzentrum.Contracts.Imports;

/// <summary>
/// A file that staff checked on an import page, kept (as its table, not as bytes) until they import it, so that a page
/// without script can import the checked file without a second upload. Stored by the host; kept for a day.
/// </summary>
/// <param name="Id">The token the page posts back.</param>
/// <param name="Kind">Which import it is for (e.g. <c>organisations</c>), so a token of one import is not applied by another.</param>
/// <param name="Table">The checked file's table.</param>
/// <param name="CheckedAt">When it was checked.</param>
public sealed record PendingImport(Guid Id, string Kind, ImportTable Table, DateTimeOffset CheckedAt)
{
    /// <summary>How long a checked file is kept.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>Keeps <paramref name="table"/> and answers its token; drops checked files older than <see cref="KeptFor"/>. Saves.</summary>
    /// <param name="session">The request's session.</param>
    /// <param name="kind">The import's kind.</param>
    /// <param name="table">The checked table.</param>
    /// <param name="now">The time.</param>
    /// <param name="cancellationToken">Cancels saving.</param>
    public static async Task<Guid> KeepAsync(
        IDocumentSession session, string kind, ImportTable table, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = Guid.CreateVersion7(now);
        var expired = now - KeptFor;
        session.DeleteWhere<PendingImport>(p => p.CheckedAt < expired);
        session.Store(new PendingImport(id, kind, table, now));
        await session.SaveChangesAsync(cancellationToken);
        return id;
    }

    /// <summary>The kept table of <paramref name="id"/> for <paramref name="kind"/>, removed from the store with the next save; or null.</summary>
    /// <param name="session">The request's session.</param>
    /// <param name="id">The token.</param>
    /// <param name="kind">The import's kind.</param>
    /// <param name="cancellationToken">Cancels loading.</param>
    public static async Task<ImportTable?> TakeAsync(IDocumentSession session, Guid id, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (await session.LoadAsync<PendingImport>(id, cancellationToken) is not { } pending || pending.Kind != kind)
        {
            return null;
        }
        session.Delete(pending);
        return pending.Table;
    }
}
