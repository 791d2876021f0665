using System.Net.Http.Json;
using Xunit;

namespace Kompetenzzentrum.Testing;

/// <summary>Merges two organisations through the staff API, as the modules' merge tests need it.</summary>
public static class OrganisationMerges
{
    /// <summary>Staff merge <paramref name="duplicateId"/> into <paramref name="survivorId"/>; fails the test unless it answers 200.</summary>
    public static async Task MergeAsync(this HostFixture host, Guid survivorId, Guid duplicateId)
    {
        using var staff = await host.AdminAsync();
        var response = await staff.PostAsJsonAsync($"/api/organisations/{survivorId}/merge", new { duplicateId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
