using System.Text.Json;
using Kompetenzzentrum.Contracts.Organisations;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// Reads an organisation's history (the staff's CRM view) twice: straight from the modules' <see cref="IOrganisationHistorySource"/>
/// registrations, and as the CRM API answers it (<c>GET /api/organisations/{id}/history</c>, what the organisation page shows).
/// </summary>
public static class OrganisationHistories
{
    /// <summary>The entries of one module's sources, oldest first.</summary>
    public static async Task<IReadOnlyList<OrganisationHistoryEntry>> HistoryFromSourcesAsync(
        this HostFixture host, Guid organisationId, string module)
    {
        var entries = new List<OrganisationHistoryEntry>();
        foreach (var source in host.Factory.Services.GetServices<IOrganisationHistorySource>())
        {
            entries.AddRange((await source.ForAsync(organisationId, CancellationToken.None)).Where(e => e.Module == module));
        }
        return [.. entries.OrderBy(e => e.At)];
    }

    /// <summary>The CRM API's entries of one module, in its order; fails the test unless it answers 200.</summary>
    public static async Task<IReadOnlyList<JsonElement>> HistoryFromCrmAsync(this HostFixture host, Guid organisationId, string module)
    {
        using var staff = await host.AdminAsync();
        using var response = await staff.GetAsync($"/api/organisations/{organisationId}/history");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Where(e => e.GetProperty("module").GetString() == module)
            .Select(e => e.Clone())];
    }

    /// <summary>The whole answer of the CRM API as text, to check what must never be in it.</summary>
    public static async Task<string> HistoryTextFromCrmAsync(this HostFixture host, Guid organisationId)
    {
        using var staff = await host.AdminAsync();
        return await staff.GetStringAsync($"/api/organisations/{organisationId}/history");
    }

    /// <summary>The German titles of entries of the CRM API's answer.</summary>
    public static IReadOnlyList<string> GermanTitles(this IEnumerable<JsonElement> entries) =>
        [.. entries.Select(e => e.GetProperty("title").GetProperty("de").GetString() ?? "")];
}
