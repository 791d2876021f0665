using System.Net;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Reliability.Tests;

[Collection(Faults.Name)]
public sealed class ContendedBookingTests
{
    [Fact]
    public async Task Given_a_20_seat_session_When_500_clients_book_at_once_Then_exactly_20_are_confirmed_the_rest_waitlisted_and_none_fails()
    {
        var database = await TestServer.CreateDatabaseAsync();
        try
        {
            await using var host = await HostProcess.StartAsync(database);
            using var setup = host.CreateClient();
            var token = await Staff.SignInAsync(setup);
            var session = await Staff.SessionAsync(Staff.Authorised(setup, token), capacity: 20, TimeSpan.FromDays(10));
            using var gate = new SemaphoreSlim(0);
            var clients = Enumerable.Range(0, 500).Select(_ => Staff.Authorised(host.CreateClient(TimeSpan.FromSeconds(120)), token)).ToList();

            var requests = clients.Select(async c =>
            {
                await gate.WaitAsync();
                var response = await Staff.BookAsync(c, session, Guid.NewGuid(), Guid.NewGuid().ToString("N"));
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            }).ToList();
            gate.Release(500);
            var answers = await Task.WhenAll(requests);
            clients.ForEach(c => c.Dispose());

            Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.Created, $"{(int)a.StatusCode}: {a.Body}"));
            var statuses = answers.Select(a => JsonDocument.Parse(a.Body).RootElement.GetProperty("status").GetString()).ToList();
            Assert.Equal(20, statuses.Count(s => s == "confirmed"));
            Assert.Equal(480, statuses.Count(s => s == "waitlisted"));
            var view = await Staff.SessionViewAsync(setup, session);
            Assert.Equal(20, view.GetProperty("seatsTaken").GetInt32());
            Assert.Equal(480, view.GetProperty("waitlisted").GetInt32());
        }
        finally
        {
            await TestServer.DropDatabaseAsync(database);
        }
    }
}
