using System.Net;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.Operations;

public sealed class CommandLineTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_a_new_database_When_db_apply_runs_Then_it_exits_0_and_a_host_finds_the_schema_there()
    {
        var database = await TestServer.CreateDatabaseAsync();
        try
        {
            var (exitCode, output) = await HostProcess.RunCommandAsync(database, "db-apply");

            Assert.True(exitCode == 0, output);
            await using var connection = new Npgsql.NpgsqlConnection(database);
            await connection.OpenAsync();
            const string Tables = "select count(*) from information_schema.tables where table_schema = 'kz'";
            await using var command = new Npgsql.NpgsqlCommand(Tables, connection);
            Assert.True((long)(await command.ExecuteScalarAsync())! > 10, output);
        }
        finally
        {
            await TestServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task Given_an_organisation_When_exported_and_then_erased_on_the_command_line_Then_the_file_has_its_name_and_then_it_is_gone()
    {
        var name = "Kommandozeile GmbH " + Guid.NewGuid().ToString("N")[..6];
        var member = await host.CreateOrganisationAdminAsync(name);
        var id = member.OrganisationId!.Value.ToString();
        var file = Path.Combine(Path.GetTempPath(), $"kz-org-{Guid.NewGuid():N}.json");
        try
        {
            var export = await HostProcess.RunCommandAsync(host.ConnectionString, "org-export", id, file);
            Assert.True(export.ExitCode == 0, export.Output);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            Assert.Equal(name, json.RootElement.GetProperty("organisation").GetProperty("name").GetString());
            Assert.Contains(member.Email, json.RootElement.GetProperty("members").ToString(), StringComparison.OrdinalIgnoreCase);

            var erase = await HostProcess.RunCommandAsync(host.ConnectionString, "org-erase", id);

            Assert.True(erase.ExitCode == 0, erase.Output);
            using var admin = host.CreateAdminClient();
            var after = await admin.GetAsync($"/api/organisations/{id}");
            var body = await after.Content.ReadAsStringAsync();
            Assert.True(after.StatusCode == HttpStatusCode.NotFound || !body.Contains(name, StringComparison.Ordinal), body);
            var again = await HostProcess.RunCommandAsync(host.ConnectionString, "org-export", id, file + ".2");
            Assert.Equal(1, again.ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Given_a_malformed_organisation_id_When_org_export_runs_Then_one_usage_sentence_and_exit_1()
    {
        var (exitCode, output) = await HostProcess.RunCommandAsync(host.ConnectionString, "org-export", "not-a-guid", "out.json");

        Assert.Equal(1, exitCode);
        Assert.Contains("Usage: org-export <organisation id> <file>", output, StringComparison.Ordinal);
    }
}
