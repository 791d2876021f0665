using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Reliability.Tests;

[Collection(Faults.Name)]
public sealed class TwoHostsTests
{
    [Fact]
    public async Task Given_two_hosts_on_one_database_Then_both_keep_the_seat_limit_and_the_async_subscription_and_the_reminder_send_each_mail_once()
    {
        var database = await TestServer.CreateDatabaseAsync();
        try
        {
            await using var a = await HostProcess.StartAsync(database);
            await using var b = await HostProcess.StartAsync(database);
            using var setup = a.CreateClient();
            var token = await Staff.SignInAsync(setup);
            Staff.Authorised(setup, token);
            var full = await Staff.SessionAsync(setup, capacity: 10, TimeSpan.FromDays(10));
            // Reminders go out 24 hours before the start: this one is due half a minute from now.
            var soon = await Staff.SessionAsync(setup, capacity: 5, TimeSpan.FromHours(24) + TimeSpan.FromSeconds(30));

            var clients = Enumerable.Range(0, 60).Select(i => Staff.Authorised((i % 2 == 0 ? a : b).CreateClient(), token)).ToList();
            var answers = await Task.WhenAll(clients.Select(async c =>
            {
                var response = await Staff.BookAsync(c, full, Guid.NewGuid(), Guid.NewGuid().ToString("N"));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
            }));
            clients.ForEach(c => c.Dispose());
            Assert.Equal(10, answers.Count(s => s == "confirmed"));
            Assert.Equal(50, answers.Count(s => s == "waitlisted"));

            var address = $"reminder-{Guid.NewGuid():N}@example.org";
            Assert.Equal(HttpStatusCode.Created,
                (await Staff.BookAsync(setup, soon, Guid.NewGuid(), Guid.NewGuid().ToString("N"), address)).StatusCode);
            var deadline = DateTime.UtcNow.AddSeconds(90);
            var reminders = 0;
            while (reminders == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(1000);
                reminders = await RemindersAsync(setup, address);
            }
            await Task.Delay(TimeSpan.FromSeconds(10)); // room for a second, wrong firing on the other host
            Assert.Equal(1, await RemindersAsync(setup, address));
            // The confirmation comes from the catalog's async-daemon subscription: one daemon leader, one mail.
            Assert.Equal(1, await MailsAsync(setup, address, "catalog.booking-confirmed"));
        }
        finally
        {
            await TestServer.DropDatabaseAsync(database);
        }
    }

    private static Task<int> RemindersAsync(HttpClient staff, string address) => MailsAsync(staff, address, "catalog.booking-reminder");

    private static async Task<int> MailsAsync(HttpClient staff, string address, string category) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/outbox?to={Uri.EscapeDataString(address)}&category={category}")).GetArrayLength();
}
