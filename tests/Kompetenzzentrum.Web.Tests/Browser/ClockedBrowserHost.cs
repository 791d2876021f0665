using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The browser host with a clock the test moves forward: a session must have started before attendance is
/// recorded, a talk before its outcome.
/// </summary>
public sealed class ClockedBrowserHost : BrowserHost
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
