using System.Reflection;
using System.Runtime.Loader;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Integrations.Tests.Http;

/// <summary>
/// A host whose scheduled dispatch waits an hour, so a test runs the dispatch passes itself: several at once, as
/// several hosts would. The pass is the host's own job type (from the module as the host loaded it).
/// </summary>
public sealed class ManualDispatchFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Modules:integrations:PollSeconds"] = "3600",
    };

    /// <summary>One dispatch pass of a new worker; returns how many deliveries it attempted.</summary>
    public async Task<int> DispatchOnceAsync()
    {
        var (jobType, _) = HostTypes();
        var job = ActivatorUtilities.CreateInstance(Factory.Services, jobType);
        var run = jobType.GetMethod("RunOnceAsync", BindingFlags.Public | BindingFlags.Instance)!;
        return await (Task<int>)run.Invoke(job, [CancellationToken.None])!;
    }

    private (Type Job, Type Options) HostTypes()
    {
        // The module's assembly in the host's plugin load context (the test's own reference is another copy).
        foreach (var assembly in AssemblyLoadContext.All.SelectMany(c => c.Assemblies)
                     .Where(a => a.GetName().Name == "Kompetenzzentrum.Modules.Integrations"))
        {
            var options = assembly.GetType("Kompetenzzentrum.Modules.Integrations.Delivery.DeliveryOptions");
            if (options is not null && Factory.Services.GetService(options) is not null)
            {
                return (assembly.GetType("Kompetenzzentrum.Modules.Integrations.Delivery.WebhookDispatchJob")!, options);
            }
        }
        throw new InvalidOperationException("the host did not load the integrations module");
    }
}
