using System.Diagnostics.CodeAnalysis;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Descriptors;
using JasperFx.Events.Projections;
using Marten;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// A plugin's inline projection as the store sees it: everything is the plugin's own projection, except that the
/// inline part is wrapped in a <see cref="GuardedInlineProjection"/>, so its exception no longer fails the write it
/// runs in (another module's write included) and marks the plugin degraded instead.
/// </summary>
internal sealed class GuardedProjectionSource(IProjectionSource<IDocumentOperations, IQuerySession> inner, LoadedModule plugin)
    : IProjectionSource<IDocumentOperations, IQuerySession>
{
    public IProjectionSource<IDocumentOperations, IQuerySession> Inner { get; } = inner;

    public SubscriptionType Type => Inner.Type;
    public ProjectionLifecycle Lifecycle => Inner.Lifecycle;
    public string Name => Inner.Name;
    public Type ImplementationType => Inner.ImplementationType;
    public uint Version => Inner.Version;
    public AsyncOptions Options => Inner.Options;

    public ShardName[] ShardNames() => Inner.ShardNames();

    public SubscriptionDescriptor Describe(IEventStore store) => Inner.Describe(store);

    public IReadOnlyList<AsyncShard<IDocumentOperations, IQuerySession>> Shards() => Inner.Shards();

    public IEnumerable<Type> PublishedTypes() => Inner.PublishedTypes();

    public bool TryBuildReplayExecutor(IEventStore<IDocumentOperations, IQuerySession> store, IEventDatabase database,
        [NotNullWhen(true)] out IReplayExecutor? executor) =>
        Inner.TryBuildReplayExecutor(store, database, out executor);

    public IInlineProjection<IDocumentOperations> BuildForInline() => new GuardedInlineProjection(Inner.BuildForInline(), Inner.Name, plugin);
}
