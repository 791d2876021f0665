using JasperFx.Events.Projections;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Kompetenzzentrum.Contracts.Security;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartz;

namespace FaultyPlugin;

/// <summary>
/// Loads fine and then fails at run time in every place a plugin can: its inline projection throws on every organisation
/// profile (a core module's write), its endpoint throws, its job throws. The host must keep the core writes working and
/// mark the plugin degraded with the cause.
/// </summary>
public sealed class FaultyModule : ModuleBase
{
    public const string Failure = "the partner's projection is broken";

    public override ModuleDescriptor Descriptor { get; } = new("faulty", new LocalizedText("Fehlerhaft", "Faulty"), new Version(1, 0), "Test");

    public override void ConfigureMarten(StoreOptions options) => options.Projections.Add(new ProfileCounter(), ProjectionLifecycle.Inline);

    public override void ConfigureJobs(IQuartzBuilder quartz) =>
        quartz.AddJob<FailingJob>(job => job.WithIdentity(FailingJob.Key).StoreDurably());

    public override void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapGet("/ok", () => Results.Ok("ok")).RequireAuthorization(Policies.Staff);
        api.MapGet("/boom", string () => throw new InvalidOperationException("the partner's endpoint is broken"))
            .RequireAuthorization(Policies.Staff);
    }
}
