using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kompetenzzentrum.Contracts.Modules;

/// <summary>What a module sees while it registers its services.</summary>
/// <param name="Services">The module's registrations; merged into the host only if the whole hook succeeds.</param>
/// <param name="Configuration">The module's own configuration section (<c>Modules:&lt;Id&gt;</c>).</param>
/// <param name="Environment">The host environment.</param>
public sealed record ModuleServicesContext(
    IServiceCollection Services,
    IConfiguration Configuration,
    IHostEnvironment Environment);
