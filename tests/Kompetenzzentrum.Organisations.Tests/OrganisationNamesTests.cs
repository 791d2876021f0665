using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Organisations.Tests;

public sealed class OrganisationNamesTests(HostFixture host) : IClassFixture<HostFixture>
{
    private IOrganisationNames Names => host.Factory.Services.GetRequiredService<IOrganisationNames>();

    [Fact]
    public async Task Given_known_unknown_and_erased_organisations_Then_only_the_known_ones_are_named()
    {
        var bakery = await host.CreateOrganisationAdminAsync("Bäckerei Beispiel GmbH");
        var gone = await host.CreateOrganisationAdminAsync("Gelöschte GmbH");
        var erased = await gone.Client.DeleteAsync($"/api/organisations/{gone.OrganisationId}");
        Assert.True(erased.IsSuccessStatusCode, await erased.Content.ReadAsStringAsync());
        var unknown = Guid.NewGuid();

        var names = await Names.NamesAsync(
            [bakery.OrganisationId!.Value, gone.OrganisationId!.Value, unknown, bakery.OrganisationId!.Value], CancellationToken.None);

        Assert.Equal("Bäckerei Beispiel GmbH", Assert.Single(names, n => n.Key == bakery.OrganisationId).Value);
        Assert.False(names.ContainsKey(gone.OrganisationId!.Value));
        Assert.False(names.ContainsKey(unknown));
        Assert.Empty(await Names.NamesAsync([], CancellationToken.None));
    }
}
