using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// Runs a plugin's inline projection inside the write's transaction like any other, but catches what it throws: the
/// write commits (the plugin's read model misses that change) and the plugin is marked degraded with the cause.
/// </summary>
internal sealed class GuardedInlineProjection(IInlineProjection<IDocumentOperations> inner, string name, LoadedModule plugin)
    : IInlineProjection<IDocumentOperations>
{
    public async Task ApplyAsync(IDocumentOperations operations, IEnumerable<StreamAction> streams, CancellationToken cancellation)
    {
        try
        {
            await inner.ApplyAsync(operations, streams, cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            plugin.Degrade($"projection {name} threw {ModuleDiscovery.Describe(ex)}");
        }
    }
}
