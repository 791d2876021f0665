using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Xunit.Abstractions;

namespace Kompetenzzentrum.Reliability.Tests;

[Collection(Faults.Name)]
public sealed class HostKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Given_a_booking_load_When_the_host_is_killed_and_restarted_Then_acknowledged_bookings_stay_and_retries_book_nothing_twice()
    {
        var database = await TestServer.CreateDatabaseAsync();
        try
        {
            var first = await HostProcess.StartAsync(database);
            using var setup = first.CreateClient();
            var token = await Staff.SignInAsync(setup);
            var session = await Staff.SessionAsync(Staff.Authorised(setup, token), capacity: 25, TimeSpan.FromDays(10));

            var sent = new ConcurrentDictionary<string, (Guid Organisation, Guid? BookingId)>();
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                using var client = Staff.Authorised(first.CreateClient(TimeSpan.FromSeconds(15)), token);
                while (!stop.IsCancellationRequested)
                {
                    var key = Guid.NewGuid().ToString("N");
                    var organisation = Guid.NewGuid();
                    sent[key] = (organisation, null);
                    try
                    {
                        var response = await Staff.BookAsync(client, session, organisation, key);
                        if (!response.IsSuccessStatusCode)
                        {
                            return; // the host is going down; the retry below settles it
                        }
                        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                        sent[key] = (organisation, body.GetProperty("bookingId").GetGuid());
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
                    {
                        return; // connection dropped by the kill
                    }
                }
            })).ToList();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (sent.Count(s => s.Value.BookingId is not null) < 60 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            first.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            await first.DisposeAsync();
            var acknowledged = sent.Where(s => s.Value.BookingId is not null).ToDictionary(s => s.Key, s => s.Value.BookingId!.Value);
            output.WriteLine($"{sent.Count} requests sent, {acknowledged.Count} acknowledged before the kill");
            Assert.True(acknowledged.Count >= 20, $"only {acknowledged.Count} bookings were acknowledged before the kill");

            await using var second = await HostProcess.StartAsync(database);
            using var client = Staff.Authorised(second.CreateClient(), token);
            // Every client retries with its key, acknowledged or not, as a client does after a dropped connection.
            foreach (var (key, (organisation, _)) in sent)
            {
                var response = await Staff.BookAsync(client, session, organisation, key);
                Assert.True(response.IsSuccessStatusCode, $"retry of {key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                var bookingId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bookingId").GetGuid();
                if (acknowledged.TryGetValue(key, out var first_))
                {
                    Assert.Equal(first_, bookingId);
                }
            }

            var view = await Staff.SessionViewAsync(client, session);
            var bookings = view.GetProperty("seatsTaken").GetInt32() + view.GetProperty("waitlisted").GetInt32();
            Assert.Equal(sent.Count, bookings);
            Assert.Equal(25, view.GetProperty("seatsTaken").GetInt32());
        }
        finally
        {
            await TestServer.DropDatabaseAsync(database);
        }
    }
}
