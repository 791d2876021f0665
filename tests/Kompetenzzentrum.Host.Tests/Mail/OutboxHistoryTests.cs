using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.Mail;

/// <summary>The outbox's part of an organisation's history (CRM view): every mail about it by subject and category, never its body.</summary>
public sealed class OutboxHistoryTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_mails_about_an_organisation_Then_its_history_lists_them_by_subject_without_body_or_secret()
    {
        var organisation = (await host.CreateOrganisationAdminAsync("Post Historie GmbH")).OrganisationId!.Value;
        var other = (await host.CreateOrganisationAdminAsync()).OrganisationId!.Value;
        var mails = host.Factory.Services.GetRequiredService<IMailSender>();
        var booking = new OutgoingMail("kontakt@post-historie.example", "Ihre Buchung: Workshop Daten", "<p>Textkoerper-Marke</p>",
            "Textkoerper-Marke", [], "catalog.booking-confirmed");
        await mails.SendAsync(booking with { OrganisationId = organisation }, CancellationToken.None);
        var code = new OutgoingMail("kontakt@post-historie.example", "Ihr Zugangscode", "<p>Code GEHEIM-4711</p>",
            "Code GEHEIM-4711", [], "consultations.access-code");
        await mails.SendAsync(code with { OrganisationId = organisation, Secrets = ["GEHEIM-4711"] }, CancellationToken.None);
        await mails.SendAsync(new OutgoingMail("jemand@anderswo.example", "Fremde Post", "<p>x</p>", "x", [], "catalog.booking-confirmed")
        {
            OrganisationId = other,
        }, CancellationToken.None);

        var entries = await host.HistoryFromSourcesAsync(organisation, "mail");
        Assert.Equal(
            ["E-Mail: Ihr Zugangscode", "E-Mail: Ihre Buchung: Workshop Daten"], entries.Select(e => e.Title.De).Order(StringComparer.Ordinal));
        var confirmation = Assert.Single(entries, e => e.Title.En == "Mail: Ihre Buchung: Workshop Daten");
        Assert.Equal("catalog.booking-confirmed", confirmation.Detail?.De);

        var crm = await host.HistoryFromCrmAsync(organisation, "mail");
        Assert.Equal(entries.Select(e => e.Title.De).Order(StringComparer.Ordinal), crm.GermanTitles().Order(StringComparer.Ordinal));
        var text = await host.HistoryTextFromCrmAsync(organisation);
        Assert.DoesNotContain("Textkoerper-Marke", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GEHEIM-4711", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fremde Post", text, StringComparison.Ordinal);
    }
}
