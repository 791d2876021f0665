using Kompetenzzentrum.Contracts.Privacy;
using Marten;

namespace Kompetenzzentrum.Modules.Media.Progress;

/// <summary>
/// A member's play progress is about a person (what they listened to, how far). Export lists it; erasure
/// deletes the progress documents and the progress streams' events (their stream ids are derived from the
/// account id, so masking fields would leave them linkable). Research keeps the interaction facts it has
/// already taken from them, which are pseudonymous per organisation and carry no account. Anonymous play
/// counts hold nothing about anyone and stay.
/// </summary>
internal sealed class ProgressPersonalData(IDocumentStore store) : IPersonalDataEraser, IPersonalDataExporter
{
    public string Section => "media";

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        if (subject.AccountIds.Count == 0)
        {
            return;
        }
        await using var session = store.LightweightSession();
        var accounts = subject.AccountIds.ToArray();
        var streams = (await session.Query<PlaybackProgress>().Where(p => accounts.Contains(p.AccountId)).Select(p => p.Id)
            .ToListAsync(cancellationToken)).ToArray();
        if (streams.Length == 0)
        {
            return;
        }
        var schema = store.Options.Events.DatabaseSchemaName;
        session.DeleteWhere<PlaybackProgress>(p => accounts.Contains(p.AccountId));
        session.QueueSqlCommand($"delete from {schema}.mt_events where stream_id = any(?)", streams);
        session.QueueSqlCommand($"delete from {schema}.mt_streams where id = any(?)", streams);
        await session.SaveChangesAsync(cancellationToken);
    }

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var accounts = subject.AccountIds.ToArray();
        var progress = await session.Query<PlaybackProgress>().Where(p => accounts.Contains(p.AccountId)).ToListAsync(cancellationToken);
        return new
        {
            playProgress = progress.OrderBy(p => p.LastRecordedAt).Select(p => new
            {
                p.AccountId,
                p.ItemId,
                p.PositionSeconds,
                p.SharePlayed,
                p.Completed,
                p.LastRecordedAt,
            }),
        };
    }
}
