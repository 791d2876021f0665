using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Kompetenzzentrum.Testing;
using Xunit.Abstractions;

namespace Kompetenzzentrum.Reliability.Tests;

[Collection(Faults.Name)]
public sealed class DatabaseRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Given_a_load_When_PostgreSQL_restarts_Then_requests_fail_fast_with_503_readiness_reports_it_and_the_host_recovers_by_itself()
    {
        using var cluster = PrivateCluster.Create();
        await using var host = await HostProcess.StartAsync(cluster.ConnectionString("kz"));
        using var client = host.CreateClient(TimeSpan.FromSeconds(30));
        var token = await Staff.SignInAsync(client);
        Staff.Authorised(client, token);
        var session = await Staff.SessionAsync(client, capacity: 1000, TimeSpan.FromDays(10));

        var answers = new ConcurrentBag<(HttpStatusCode Status, TimeSpan Took)>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var worker = Staff.Authorised(host.CreateClient(TimeSpan.FromSeconds(30)), token);
            while (!stop.IsCancellationRequested)
            {
                var clock = Stopwatch.StartNew();
                var response = await Staff.BookAsync(worker, session, Guid.NewGuid(), Guid.NewGuid().ToString("N"));
                answers.Add((response.StatusCode, clock.Elapsed));
                await Task.Delay(20);
            }
        })).ToList();
        await Task.Delay(1000);

        cluster.Stop();
        await Task.Delay(3000);
        var down = Stopwatch.StartNew();
        var refused = await Staff.BookAsync(client, session, Guid.NewGuid(), Guid.NewGuid().ToString("N"));
        down.Stop();
        var ready = await client.GetAsync("/health/ready");
        cluster.Start();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(down.Elapsed < TimeSpan.FromSeconds(10), $"the refusal took {down.Elapsed}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        // Recovers by itself: readiness and bookings come back without a restart of the host.
        var recovered = Stopwatch.StartNew();
        HttpStatusCode last = 0;
        while (recovered.Elapsed < TimeSpan.FromSeconds(60))
        {
            last = (await Staff.BookAsync(client, session, Guid.NewGuid(), Guid.NewGuid().ToString("N"))).StatusCode;
            if (last == HttpStatusCode.Created && (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
            {
                break;
            }
            await Task.Delay(500);
        }
        await stop.CancelAsync();
        await Task.WhenAll(load);
        output.WriteLine($"recovered after {recovered.Elapsed}; load answers: "
            + string.Join(", ", answers.GroupBy(a => a.Status).Select(g => $"{(int)g.Key}×{g.Count()}")));

        Assert.Equal(HttpStatusCode.Created, last);
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable }));
        Assert.All(answers, a => Assert.True(a.Took < TimeSpan.FromSeconds(15), $"a request hung for {a.Took}"));
        Assert.Contains(answers, a => a.Status == HttpStatusCode.ServiceUnavailable);
    }
}
