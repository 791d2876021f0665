using System.Net;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Research.Tests;

public sealed class RebuildAndErasureTests(ResearchFixture fixture) : IClassFixture<ResearchFixture>
{
    private const string LivePseudonyms =
        "select left(encode(sha256(secret || uuid_send(organisation_id)), 'hex'), 24) from kz.research_pseudonym_keys";

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
        {
            command.Parameters.AddWithValue(p);
        }
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Facts per pseudonym, for the pseudonyms that can still be computed from a live key.</summary>
    private Task<string> SnapshotAsync() => ScalarAsync<string>(
        "select coalesce(string_agg(p || ':' || k || ':' || n, ',' order by p, k), '') from (select organisation_pseudonym p, kind k, count(*) n "
        + $"from kz.research_interactions where organisation_pseudonym in ({LivePseudonyms}) group by 1, 2) x");

    private async Task<JsonElement> RebuildAsync()
    {
        using var staff = fixture.CreateAdminClient();
        var response = await staff.PostAsync("/api/research/rebuild", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_rebuild_reproduces_the_read_models_while_bookings_go_on()
    {
        var before = await SnapshotAsync();
        await ScalarAsync<int>("insert into kz.research_interactions (event_id, occurred_at, month, organisation_pseudonym, event_type, topic, kind) "
            + "values (gen_random_uuid(), now(), '2026-01', 'stray', 'Stray', 'stray', 'viewed') returning 1");
        var late = await fixture.CreateOrganisationAdminAsync("Spät GmbH");
        using var admin = fixture.CreateAdminClient();

        var rebuild = RebuildAsync();
        await ResearchFixture.BookAsync(admin, fixture.AutomationSession, late.OrganisationId!.Value);
        var result = await rebuild;

        Assert.True(result.GetProperty("events").GetInt64() > 0);
        Assert.True(result.GetProperty("eventsPerSecond").GetDouble() > 0);
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from kz.research_interactions where organisation_pseudonym = 'stray'"));
        var after = await SnapshotAsync();
        Assert.All(before.Split(',', StringSplitOptions.RemoveEmptyEntries), row => Assert.Contains(row, after.Split(',')));
        // The booking made during the rebuild is there, under the organisation's one pseudonym.
        Assert.Equal(2L, await ScalarAsync<long>(
            "select count(*) from kz.research_interactions f where kind = 'booked' and organisation_pseudonym = "
            + "(select left(encode(sha256(secret || uuid_send(organisation_id)), 'hex'), 24) "
            + "from kz.research_pseudonym_keys where organisation_id = $1)", late.OrganisationId!.Value));
        // The swapped-in tables carry the names the schema expects, and no shadow is left behind.
        Assert.Equal(1L, await ScalarAsync<long>(
            "select count(*) from pg_indexes where schemaname = 'kz' and indexname = 'ux_research_interactions_event_topic'"));
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from pg_tables where schemaname = 'kz' and tablename like 'research_%_next'"));
    }

    [Fact]
    public async Task After_erasure_the_figures_stay_but_no_longer_link_to_the_organisation()
    {
        var organisation = fixture.Organisations[2].OrganisationId!.Value;
        await fixture.AppendAsync(new Contracts.Organisations.OrganisationProfiled(organisation, "C", "small", "BB", DateTimeOffset.UtcNow));
        Assert.Equal(1L, await ScalarAsync<long>("select count(*) from kz.research_segments where organisation_id = $1", organisation));
        var pseudonym = await ScalarAsync<string>(LivePseudonyms + " where organisation_id = $1", organisation);
        var facts = await ScalarAsync<long>("select count(*) from kz.research_interactions");
        var ofOrganisation = await ScalarAsync<long>("select count(*) from kz.research_interactions where organisation_pseudonym = $1", pseudonym);
        Assert.True(ofOrganisation > 0);
        using var admin = fixture.CreateAdminClient();

        var erased = await admin.DeleteAsync($"/api/organisations/{organisation}");

        Assert.True(erased.IsSuccessStatusCode, await erased.Content.ReadAsStringAsync());
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from kz.research_pseudonym_keys where organisation_id = $1", organisation));
        Assert.Equal(
            ofOrganisation, await ScalarAsync<long>("select count(*) from kz.research_interactions where organisation_pseudonym = $1", pseudonym));

        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from kz.research_segments where organisation_id = $1", organisation));

        await RebuildAsync();

        // The rebuild replays the organisation's profile, but brings its segment row back no more than its key.
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from kz.research_segments where organisation_id = $1", organisation));
        // Same figures after a rebuild, under a pseudonym that nothing stored can reproduce.
        Assert.Equal(facts, await ScalarAsync<long>("select count(*) from kz.research_interactions where organisation_pseudonym <> 'stray'"));
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from kz.research_interactions where organisation_pseudonym = $1", pseudonym));
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from kz.research_pseudonym_keys where organisation_id = $1", organisation));
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from pg_tables where schemaname = 'kz' and tablename = 'research_rebuild_keys'"));
    }

    [Fact]
    public async Task Events_about_an_erased_organisation_bring_back_neither_its_segment_nor_a_survey()
    {
        var organisation = (await fixture.CreateOrganisationAdminAsync("Vergessen GmbH")).OrganisationId!.Value;
        using var admin = fixture.CreateAdminClient();
        var erased = await admin.DeleteAsync($"/api/organisations/{organisation}");
        Assert.True(erased.IsSuccessStatusCode, await erased.Content.ReadAsStringAsync());

        // Events about the organisation that arrive after its erasure, e.g. appended by a module that had not yet heard of it.
        var earlier = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds());
        await fixture.AppendAsync(
            new Contracts.Organisations.OrganisationProfiled(organisation, "C", "small", "BB", earlier),
            new Contracts.Catalog.ParticipationCompleted(
                Guid.CreateVersion7(), null, fixture.AutomationOffering, "experience-tour", ["ki"], organisation, earlier));

        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from kz.research_segments where organisation_id = $1", organisation));
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from kz.research_surveys where organisation_id = $1", organisation));
        Assert.Equal(0L, await ScalarAsync<long>("select count(*) from kz.research_pseudonym_keys where organisation_id = $1", organisation));
        // The participation still counts, under the pseudonym of an erased organisation.
        Assert.Equal(1L, await ScalarAsync<long>("select count(*) from kz.research_interactions where event_type = 'ParticipationCompleted' "
            + "and organisation_pseudonym = 'erased' and occurred_at = $1", earlier));
    }
}
