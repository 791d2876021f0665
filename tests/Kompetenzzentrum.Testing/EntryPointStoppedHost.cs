using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The booted host, stopped the way the entry point expects. Since minimal hosting the entry point's own
/// <c>RunAsync</c> stops and disposes the host once the application stops; <c>WebApplicationFactory</c> stopping it
/// as well runs two stops at once, and the entry point's dispose can take the service provider away under the
/// factory's stop (dotnet/aspnetcore#40271; seen in CI as a class cleanup failure with an ObjectDisposedException after
/// every test had passed). This host asks the application to stop, waits until the entry point's stop is complete
/// and its dispose has begun, and leaves both to the entry point instead of doing them a second time.
/// </summary>
internal sealed class EntryPointStoppedHost(IHost host) : IHost
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public IServiceProvider Services => host.Services;

    public Task StartAsync(CancellationToken cancellationToken = default) => host.StartAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        IHostApplicationLifetime lifetime;
        try
        {
            lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        }
        catch (ObjectDisposedException)
        {
            return; // the entry point has stopped and disposed it already
        }
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStopped.Register(() => stopped.TrySetResult()))
        {
            lifetime.StopApplication();
            await stopped.Task.WaitAsync(Patience, cancellationToken);
        }
        await DisposalBegunAsync(cancellationToken);
    }

    public void Dispose()
    {
        // The entry point disposes the host after its stop.
    }

    private async Task DisposalBegunAsync(CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < until)
        {
            try
            {
                _ = host.Services.GetService(typeof(IHostApplicationLifetime));
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            await Task.Delay(20, cancellationToken);
        }
        throw new TimeoutException($"The entry point did not dispose the host within {Patience.TotalSeconds} s of stopping it.");
    }
}
