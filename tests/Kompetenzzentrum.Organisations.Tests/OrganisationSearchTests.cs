using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Organisations.Tests;

/// <summary>
/// The staff picker's search of <see cref="IOrganisationNames"/> (the catalog's phone booking form): by a part of the
/// name in any case, a postcode's start, a contact's e-mail domain or an id; erased organisations are never found.
/// </summary>
public sealed class OrganisationSearchTests(HostFixture host) : IClassFixture<HostFixture>
{
    private IOrganisationNames Names => host.Factory.Services.GetRequiredService<IOrganisationNames>();

    private Task<IReadOnlyList<OrganisationMatch>> SearchAsync(string text, int limit = 20) => Names.SearchAsync(text, limit, CancellationToken.None);

    [Fact]
    public async Task Given_organisations_When_staff_search_by_name_postcode_domain_or_id_Then_the_live_ones_are_found()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var bakery = await host.CreateOrganisationAdminAsync($"Bäckerei {tag} GmbH");
        var gone = await host.CreateOrganisationAdminAsync($"Bäckerei {tag} Alt");
        Assert.True((await gone.Client.DeleteAsync($"/api/organisations/{gone.OrganisationId}")).IsSuccessStatusCode);
        var workshop = (await host.CreateOrganisationAdminAsync($"Werkstatt {tag}", $"chefin@{tag}-werk.de")).OrganisationId!.Value;

        var byName = Assert.Single(await SearchAsync($"  {tag.ToUpperInvariant()} gmbh "));
        Assert.Equal((bakery.OrganisationId!.Value, $"Bäckerei {tag} GmbH", "14467", "BB"),
            (byName.Id, byName.Name, byName.Postcode, byName.FederalState));
        Assert.Equal([bakery.OrganisationId.Value, workshop], (await SearchAsync(tag)).Select(m => m.Id)); // by name, the erased left out
        Assert.Equal(workshop, Assert.Single(await SearchAsync($"{tag}-werk.de")).Id);
        Assert.Equal(workshop, Assert.Single(await SearchAsync($"@{tag}-WERK.de")).Id);
        Assert.Contains(workshop, (await SearchAsync("1446")).Select(m => m.Id));
        Assert.Equal(bakery.OrganisationId.Value, Assert.Single(await SearchAsync(bakery.OrganisationId.Value.ToString())).Id);
        Assert.Empty(await SearchAsync(gone.OrganisationId!.Value.ToString()));
        Assert.Empty(await SearchAsync(Guid.NewGuid().ToString()));
        Assert.Single(await SearchAsync(tag, limit: 1));
        Assert.Empty(await SearchAsync(" "));
    }
}
