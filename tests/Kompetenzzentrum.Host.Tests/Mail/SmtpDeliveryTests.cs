using Kompetenzzentrum.Host.Mail;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.Mail;

public sealed class SmtpDeliveryTests(SmtpHostFixture host) : IClassFixture<SmtpHostFixture>
{
    [Fact]
    public async Task Given_an_smtp_relay_When_the_platform_sends_a_mail_Then_the_relay_receives_it_and_the_outbox_marks_it_sent()
    {
        var person = await host.CreateUserAsync(); // registering sends the confirmation mail

        var received = await Eventually.Get(() => Task.FromResult<string?>(host.Relay.Received),
            text => text.Contains(person.Email, StringComparison.OrdinalIgnoreCase), TimeSpan.FromSeconds(30));
        Assert.Contains("From: Kompetenzzentrum Test <noreply@kompetenzzentrum.test>", received);

        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        var address = person.Email.ToLowerInvariant();
        var mails = await Eventually.Get<IReadOnlyList<OutboxMail>>(async () =>
            {
                await using var session = store.QuerySession();
                return await session.Query<OutboxMail>().Where(m => m.To == address).ToListAsync();
            },
            list => list.Count > 0 && list.All(m => m.SentAt != null), TimeSpan.FromSeconds(30));
        Assert.All(mails, m => Assert.Equal(0, m.Attempts));
        // Delivered once: the message id of each mail appears once at the relay.
        Assert.All(mails, m => Assert.Single(System.Text.RegularExpressions.Regex.Matches(host.Relay.Received, $"{m.Id:N}@kompetenzzentrum")));
    }
}
