using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kompetenzzentrum.Testing;

/// <summary>A host whose <see cref="TimeProvider"/> the test moves forward by hand (expiry, deadlines, reminders).</summary>
public class ClockedHostFixture : HostFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
