using Kompetenzzentrum.Modules.Centers.Centers;
using Marten;
using Marten.Services;

namespace Kompetenzzentrum.Modules.Centers.Resolution;

/// <summary>
/// After a session committed <see cref="CenterCreated"/> or <see cref="CenterChanged"/>, this host's <see cref="CenterCache"/> is stale.
/// </summary>
internal sealed class CenterChangeListener(CenterChanges changes) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any(e => e.Data is CenterCreated or CenterChanged))
        {
            changes.Bump();
        }
        return Task.CompletedTask;
    }
}
