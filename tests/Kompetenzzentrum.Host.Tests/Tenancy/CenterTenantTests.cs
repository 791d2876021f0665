using System.Collections.Concurrent;
using JasperFx;
using Kompetenzzentrum.Host.Persistence;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Host.Tests.Tenancy;

/// <summary>
/// Steps 1 and 2 of docs/tenancy.md: every session the host builds (<see cref="StampingSessionFactory"/>) asks the one seam,
/// <see cref="ICenterTenant"/>, for the tenant of its operation's center: a request's center (also one reached by a path
/// prefix), the center recorded with a job, none for work without an operation. Today the seam gives Marten's default
/// tenant for every center, so nothing changes yet.
/// </summary>
public sealed class CenterTenantTests(CenterTenantTests.RecordingHost host) : IClassFixture<CenterTenantTests.RecordingHost>
{
    [Fact]
    public void Every_center_and_none_open_martens_default_tenant_for_now()
    {
        var seam = new DefaultTenantForEveryCenter();

        Assert.Equal(StorageConstants.DefaultTenantId, seam.TenantIdOf("lausitz"));
        Assert.Equal(StorageConstants.DefaultTenantId, seam.TenantIdOf(null));
    }

    [Fact]
    public async Task Sessions_open_the_tenant_the_seam_gives_for_the_center_of_their_operation()
    {
        var factory = new StampingSessionFactory(host.Factory.Services.GetRequiredService<IDocumentStore>(), host.Tenants);
        var previous = OperationContext.Current;
        try
        {
            OperationContext.Current = new OperationContext("c-1", null, "tester", "lausitz");
            host.Tenants.Clear();
            await using var writing = factory.OpenSession();
            await using var reading = factory.QuerySession();
            Assert.Equal(["lausitz", "lausitz"], host.Tenants.Centers);
            Assert.Equal(StorageConstants.DefaultTenantId, writing.TenantId);
            Assert.Equal("tester", writing.LastModifiedBy);

            OperationContext.Current = null;
            host.Tenants.Clear();
            await using var background = factory.OpenSession();
            Assert.Equal([null], host.Tenants.Centers);
        }
        finally
        {
            OperationContext.Current = previous;
        }
    }

    [Fact]
    public async Task A_request_opens_the_tenant_of_its_center_also_when_its_path_prefix_named_it()
    {
        var prefix = await host.CreateCenterWithPrefixAsync("tenant");
        using var admin = host.CreateAdminClient();

        host.Tenants.Clear();
        var atPrefix = await admin.GetAsync($"/{prefix}/api/organisations");
        var atPrefixCenters = host.Tenants.Centers;
        host.Tenants.Clear();
        var atDefault = await admin.GetAsync("/api/organisations");

        Assert.Equal(200, (int)atPrefix.StatusCode);
        Assert.Equal(200, (int)atDefault.StatusCode);
        Assert.Contains(prefix, atPrefixCenters);
        Assert.DoesNotContain(prefix, host.Tenants.Centers);
        Assert.Contains("zentrum", host.Tenants.Centers);
    }

    [Fact]
    public async Task A_job_opens_the_tenant_of_the_center_recorded_with_its_work()
    {
        host.Tenants.Clear();
        await host.RunJobAsync(new JobKey("episode-publication", "media"),
            new JobDataMap { ["episodeId"] = Guid.NewGuid().ToString(), [OperationContext.CenterKey] = "lausitz" });
        var recorded = host.Tenants.Centers;
        host.Tenants.Clear();
        await host.RunJobAsync(new JobKey("episode-publication", "media"), new JobDataMap { ["episodeId"] = Guid.NewGuid().ToString() });

        Assert.Contains("lausitz", recorded);
        Assert.Contains(null, host.Tenants.Centers);
        Assert.DoesNotContain("lausitz", host.Tenants.Centers);
    }

    /// <summary>The host with the seam that gives the default tenant, as the real one does, and records which centers asked.</summary>
    public sealed class RecordingHost : HostFixture
    {
        public RecordingTenant Tenants { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ICenterTenant>(Tenants);
    }

    /// <summary>The default tenant for every center, like <see cref="DefaultTenantForEveryCenter"/>; remembers the centers asked for.</summary>
    public sealed class RecordingTenant : ICenterTenant
    {
        private ConcurrentQueue<string?> _centers = new();

        public IReadOnlyList<string?> Centers => [.. _centers];

        public void Clear() => _centers = new ConcurrentQueue<string?>();

        public string TenantIdOf(string? center)
        {
            _centers.Enqueue(center);
            return StorageConstants.DefaultTenantId;
        }
    }
}
