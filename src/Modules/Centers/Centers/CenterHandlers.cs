using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Web;
using Marten;
using Npgsql;

namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>
/// Creating, changing and reading centers, the one handler behind the API and the back-office pages: load the centers →
/// <see cref="CenterDecider"/> → append. Two administrators saving the same short name or address at once: the unique
/// indexes of <see cref="Center"/> refuse the second, answered as the same 409 the decider gives.
/// </summary>
internal static class CenterHandlers
{
    /// <summary>All centers, the default one first, then by name (a network has a few dozen).</summary>
    public static async Task<IReadOnlyList<Center>> ListAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Query<Center>().ToListAsync(ct)).OrderByDescending(c => c.IsDefault)
            .ThenBy(c => c.Details.Name, StringComparer.CurrentCultureIgnoreCase).ToList();

    /// <summary>One center with its version.</summary>
    public static async Task<Result<VersionedCenter>> GetAsync(Guid id, IQuerySession session, CancellationToken ct)
    {
        var center = await session.LoadAsync<Center>(id, ct);
        var state = await session.Events.FetchStreamStateAsync(id, ct);
        return center is null || state is null ? Refusal.NotFound("centers.not-found") : new VersionedCenter(center, state.Version);
    }

    /// <summary>Creates a center under a new id.</summary>
    public static Task<Result<VersionedCenter>> CreateAsync(CenterInput input, IDocumentSession session, TimeProvider clock,
        CancellationToken ct) =>
        CreateAsync(Ids.New(clock), input, false, session, clock, ct);

    /// <summary>Creates a center under <paramref name="id"/> (the default center's is fixed, so two hosts cannot both create it).</summary>
    public static async Task<Result<VersionedCenter>> CreateAsync(Guid id, CenterInput input, bool isDefault, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var decision = CenterDecider.Create(id, input, await ListAsync(session, ct), isDefault, clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        session.Events.StartStream<Center>(id, decision.Events);
        var created = (CenterCreated)decision.Events[0];
        return await SaveAsync(session, ct) is { } conflict ? conflict
            : new VersionedCenter(CenterProjection.Create(created), 1);
    }

    /// <summary>Changes a center based on version <paramref name="expected"/> (null: none named).</summary>
    public static async Task<Result<VersionedCenter>> ChangeAsync(Guid id, long? expected, CenterInput input, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Center>(id, ct);
        var version = stream.CurrentVersion ?? 0;
        var decision = CenterDecider.Change(stream.Aggregate, version, expected, input, await ListAsync(session, ct), clock.GetUtcNow());
        if (decision.Refused is { } refused)
        {
            return refused;
        }
        stream.AppendMany(decision.Events);
        var changed = (CenterChanged)decision.Events[0];
        return await SaveAsync(session, ct) is { } conflict ? conflict
            : new VersionedCenter(CenterProjection.Apply(changed, stream.Aggregate!), version + 1);
    }

    // A unique index names the field that another center took meanwhile; any other lost race is a stale write.
    private static async Task<Refusal?> SaveAsync(IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await session.SaveChangesAsync(ct);
            return null;
        }
        catch (Exception ex) when (WriteConflicts.IsConflict(ex))
        {
            session.EjectAllPendingChanges();
            return UniqueIndexHit(ex) ?? Refusal.Stale(CenterDecider.StaleCode);
        }
    }

    private static Refusal? UniqueIndexHit(Exception ex)
    {
        for (var current = ex; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } index })
            {
                return index.Contains(CenterIndexes.ShortName, StringComparison.OrdinalIgnoreCase)
                    ? CenterDecider.Conflict("shortName", "centers.short-name-taken")
                    : index.Contains(CenterIndexes.HostName, StringComparison.OrdinalIgnoreCase)
                    ? CenterDecider.Conflict("hostName", "centers.host-taken")
                    : index.Contains(CenterIndexes.PathPrefix, StringComparison.OrdinalIgnoreCase)
                    ? CenterDecider.Conflict("pathPrefix", "centers.prefix-taken")
                    : null;
            }
        }
        return null;
    }
}
