using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Kompetenzzentrum.Centers.Tests.Http;

/// <summary>A host whose default center is configured, on a database that had no center (an upgrade of an installation).</summary>
public sealed class UpgradeHostFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Kompetenzzentrum:Center:Name"] = "Mittelstand-Digital Zentrum Spreeland",
        ["Kompetenzzentrum:Center:ShortName"] = "Spreeland",
        ["Kompetenzzentrum:Center:ContactEmail"] = "kontakt@spreeland.example.org",
    };

    /// <summary>The centers as stored: short name, whether default, and the number of events of its stream.</summary>
    public async Task<IReadOnlyList<(string ShortName, bool IsDefault, long Events)>> CentersAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select d.data->'details'->>'shortName', (d.data->>'isDefault')::boolean, (select count(*) from kz.mt_events e where e.stream_id = d.id) "
                + "from kz.mt_doc_center d", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, bool, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetInt64(2)));
        }
        return rows;
    }

    /// <summary>The unique indexes of the centers' table, which settle two administrators saving one address at once.</summary>
    public async Task<IReadOnlyList<string>> UniqueIndexesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select indexname from pg_indexes where schemaname = 'kz' and tablename = 'mt_doc_center' and indexdef like 'CREATE UNIQUE%'",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    /// <summary>Back to a database without centers, as before the upgrade.</summary>
    public async Task ForgetCentersAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "delete from kz.mt_events where stream_id in (select id from kz.mt_doc_center); "
                + "delete from kz.mt_streams where id in (select id from kz.mt_doc_center); delete from kz.mt_doc_center", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The host's start-up step that creates the default center, as a second start would run it.</summary>
    public IHostedService DefaultCenterStartup() =>
        Factory.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "DefaultCenter");
}

public sealed class DefaultCenterTests(UpgradeHostFixture host) : IClassFixture<UpgradeHostFixture>
{
    [Fact]
    public async Task Given_a_database_without_centers_When_the_host_starts_Then_the_configured_default_center_exists_once()
    {
        var centers = await host.CentersAsync();

        var center = Assert.Single(centers);
        Assert.Equal(("spreeland", true, 1L), center);
        using var anonymous = host.CreateClient();
        var face = (await anonymous.GetFromJsonAsync<JsonElement>("/api/centers/current")).GetProperty("details");
        Assert.Equal("Mittelstand-Digital Zentrum Spreeland", face.GetProperty("name").GetString());
        Assert.Equal("kontakt@spreeland.example.org", face.GetProperty("contactEmail").GetString());
        Assert.Equal("#004b87", face.GetProperty("primaryColor").GetString());
        var indexes = await host.UniqueIndexesAsync();
        Assert.All(new[] { "short_name", "host_name", "path_prefix" },
            field => Assert.Contains(indexes, i => i.Contains(field, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Starting_again_and_several_hosts_starting_at_once_still_give_one_default_center_with_one_event()
    {
        var startup = host.DefaultCenterStartup();
        await startup.StartAsync(default);
        Assert.Equal(("spreeland", true, 1L), Assert.Single(await host.CentersAsync()));

        await host.ForgetCentersAsync();
        Assert.Empty(await host.CentersAsync());
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => startup.StartAsync(default))));

        Assert.Equal(("spreeland", true, 1L), Assert.Single(await host.CentersAsync()));
    }
}
