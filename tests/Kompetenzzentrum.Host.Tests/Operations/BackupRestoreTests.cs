using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Operations;

public sealed class BackupRestoreTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_data_made_through_the_api_When_dumped_and_restored_into_a_new_database_Then_a_host_starts_on_it_and_finds_the_data()
    {
        var name = "Gesichert GmbH " + Guid.NewGuid().ToString("N")[..6];
        var member = await host.CreateOrganisationAdminAsync(name);
        var file = Path.Combine(Path.GetTempPath(), $"kz-backup-{Guid.NewGuid():N}.dump");
        var restored = await TestServer.CreateDatabaseAsync();
        try
        {
            PgTools.Dump(host.ConnectionString, file);
            PgTools.Restore(file, restored);

            await using var process = await HostProcess.StartAsync(restored);
            using var client = process.CreateClient();
            var signIn = await client.PostAsJsonAsync("/api/organisations/accounts/sign-in",
                new { email = TestUsers.AdminEmail, password = TestUsers.Password });
            signIn.EnsureSuccessStatusCode();
            var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var organisation = await client.GetAsync($"/api/organisations/{member.OrganisationId}");

            Assert.Equal(HttpStatusCode.OK, organisation.StatusCode);
            Assert.Equal(name, (await organisation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        }
        finally
        {
            File.Delete(file);
            await TestServer.DropDatabaseAsync(restored);
        }
    }
}
