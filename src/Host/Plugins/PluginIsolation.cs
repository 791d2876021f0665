using System.Runtime.Loader;
using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Host.Web;
using Marten;

namespace Kompetenzzentrum.Host.Plugins;

/// <summary>
/// Keeps a partner plugin's run-time failures its own. A plugin's inline projections run guarded
/// (<see cref="GuardedInlineProjection"/>): they still run in the write's transaction, so the plugin reads its own
/// writes, but what they throw no longer fails the write, whichever module made it. A plugin endpoint or page that throws
/// answers that one request with the usual 500 problem; a plugin job that throws fails that firing
/// (<see cref="PluginJobListener"/>). In each case the plugin is marked <see cref="ModuleStatus.Degraded"/> with the
/// cause, shown on <c>/api/modules</c> and the modules page, and keeps running; the mark is in memory, so a restart
/// after the fix clears it. The host's own modules are trusted: their projections stay part of their writes.
/// </summary>
internal static class PluginIsolation
{
    /// <summary>Runs every loaded module's Marten hook; a plugin's inline projections are replaced by guarded ones.</summary>
    public static void ConfigureMarten(this ModuleRegistry modules, StoreOptions options)
    {
        foreach (var entry in modules.Entries.Where(e => e.IsLoaded))
        {
            var before = options.Projections.All.Count;
            try
            {
                entry.Module!.ConfigureMarten(options);
            }
            catch (Exception ex)
            {
                entry.Fail("hook threw " + ModuleDiscovery.Describe(ex));
                continue;
            }
            if (entry.Kind != ModuleKind.Plugin)
            {
                continue;
            }
            var all = options.Projections.All;
            for (var i = before; i < all.Count; i++)
            {
                if (all[i].Lifecycle == ProjectionLifecycle.Inline && all[i] is not GuardedProjectionSource)
                {
                    all[i] = new GuardedProjectionSource(all[i], entry);
                }
            }
        }
    }

    /// <summary>
    /// The filter on a module's endpoints and pages: a module that failed after mapping answers with
    /// <paramref name="unavailable"/>; what a plugin's handler throws marks the plugin degraded and goes on to the
    /// exception handler (500 problem for this request only). Bad input, write conflicts and database outages are not
    /// the plugin's fault and leave it as it is.
    /// </summary>
    public static TBuilder AddModuleGuard<TBuilder>(this TBuilder builder, LoadedModule entry, Func<HttpContext, IResult> unavailable)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            if (!entry.IsLoaded)
            {
                return unavailable(context.HttpContext);
            }
            try
            {
                return await next(context);
            }
            catch (Exception ex) when (entry.Kind == ModuleKind.Plugin && IsPluginFault(ex))
            {
                var request = context.HttpContext.Request;
                entry.Degrade($"endpoint {request.Method} {request.Path} threw {ModuleDiscovery.Describe(ex)}");
                throw;
            }
        });

    /// <summary>The loaded plugin whose load context holds <paramref name="type"/>; null for the host's and modules' types.</summary>
    public static LoadedModule? PluginOf(this ModuleRegistry modules, Type type)
    {
        var context = AssemblyLoadContext.GetLoadContext(type.Assembly);
        return modules.Entries.FirstOrDefault(e => e.Kind == ModuleKind.Plugin && e.IsLoaded && ReferenceEquals(e.LoadContext, context));
    }

    private static bool IsPluginFault(Exception ex) =>
        ex is not (OperationCanceledException or BadHttpRequestException) && !WriteConflicts.IsConflict(ex) && !DatabaseOutage.IsOutage(ex);
}
