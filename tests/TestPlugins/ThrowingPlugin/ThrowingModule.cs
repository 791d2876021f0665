using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ThrowingPlugin;

public sealed class ThrowingModule : ModuleBase
{
    public override ModuleDescriptor Descriptor { get; } = new("throwing", new LocalizedText("Wirft", "Throws"), new Version(1, 0), "Test");

    public override void ConfigureServices(ModuleServicesContext context)
    {
        context.Services.AddSingleton(new LeakedRegistration());
        throw new InvalidOperationException("the partner's registration is broken");
    }

    public override void MapEndpoints(IEndpointRouteBuilder api) => api.MapGet("/ping", () => "pong");
}

/// <summary>Registered before the throw: must not reach the host's container.</summary>
public sealed class LeakedRegistration;
