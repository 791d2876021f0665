using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Organisations.Tests;

public sealed class OrganisationContactsTests(HostFixture host) : IClassFixture<HostFixture>
{
    private IOrganisationContacts Contacts => host.Factory.Services.GetRequiredService<IOrganisationContacts>();

    [Fact]
    public async Task Given_a_registered_organisation_Then_its_contact_is_the_administrators_confirmed_address()
    {
        var admin = await host.CreateOrganisationAdminAsync();

        var contacts = await Contacts.FindAsync(admin.OrganisationId!.Value, CancellationToken.None);

        var contact = Assert.Single(contacts);
        Assert.Equal(admin.Email, contact.Email, ignoreCase: true);
        Assert.Equal("de", contact.Language);
    }

    [Fact]
    public async Task Given_an_unknown_or_erased_organisation_Then_there_is_no_contact()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var erased = await admin.Client.DeleteAsync($"/api/organisations/{admin.OrganisationId}");
        Assert.True(erased.IsSuccessStatusCode, await erased.Content.ReadAsStringAsync());

        Assert.Empty(await Contacts.FindAsync(admin.OrganisationId!.Value, CancellationToken.None));
        Assert.Empty(await Contacts.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }
}
