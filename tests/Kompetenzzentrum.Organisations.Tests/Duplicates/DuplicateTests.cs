using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Organisations.Tests.Duplicates;

/// <summary>Likely duplicates over HTTP against the real host: found by each rule, dismissed, merged, refused.</summary>
public sealed class DuplicateTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Url = "/api/organisations/duplicates";

    private sealed record Side(
        Guid Id, string Name, string Postcode, IReadOnlyList<string> Domains, int Members, int Bookings, int Checks, long Version);

    private sealed record Pair(Side First, Side Second, IReadOnlyList<string> Rules, string? Domain);

    private sealed record Outcome(Guid SurvivorId, Guid DuplicateId, int MembersMoved, int ChecksMoved, long Version);

    private sealed record Problem(int Status, string Code, Dictionary<string, string[]>? Errors);

    private sealed record OrganisationView(Guid Id, string Name, Guid? MergedInto, long Version);

    private sealed record Member(Guid AccountId);

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static string Postcode() => Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Names_differing_only_in_legal_form_and_case_at_one_postcode_are_proposed_once_per_pair()
    {
        using var staff = await host.AdminAsync();
        var (stem, postcode) = ("Korn" + Unique(), Postcode());
        var gmbh = await RegisterAsync(staff, $"{stem} Metallbau GmbH & Co. KG", postcode);
        var ug = await RegisterAsync(staff, $"{stem.ToUpperInvariant()} METALLBAU UG (haftungsbeschränkt)", postcode);
        var elsewhere = await RegisterAsync(staff, $"{stem} Metallbau GmbH", "01067");

        var pairs = await PairsOfAsync(staff, gmbh, ug, elsewhere);

        var pair = Assert.Single(pairs);
        Assert.Equal(new[] { gmbh, ug }.Order(), new[] { pair.First.Id, pair.Second.Id });
        Assert.Equal(["name-postcode"], pair.Rules);
    }

    [Fact]
    public async Task A_shared_company_mail_domain_is_proposed_and_a_free_mail_domain_is_not()
    {
        using var staff = await host.AdminAsync();
        var domain = $"korn-{Unique()}.example";
        var a = await ImportAsync(staff, $"Alpha {Unique()}", $"info@{domain}");
        var b = await ImportAsync(staff, $"Beta {Unique()}", $"jan@{domain.ToUpperInvariant()}");
        var c = await ImportAsync(staff, $"Gamma {Unique()}", "gamma@gmx.de");
        var d = await ImportAsync(staff, $"Delta {Unique()}", "delta@gmx.de");

        var pairs = await PairsOfAsync(staff, a, b, c, d);

        var pair = Assert.Single(pairs);
        Assert.Equal(new[] { a, b }.Order(), new[] { pair.First.Id, pair.Second.Id });
        Assert.Equal(("email-domain", domain), (Assert.Single(pair.Rules), pair.Domain));
        Assert.Equal([domain], pair.First.Domains);
    }

    [Fact]
    public async Task A_pair_marked_as_not_a_duplicate_is_no_longer_proposed()
    {
        using var staff = await host.AdminAsync();
        var (name, postcode) = ($"Tischlerei {Unique()}", Postcode());
        var a = await RegisterAsync(staff, name + " GmbH", postcode);
        var b = await RegisterAsync(staff, name + " e.K.", postcode);
        Assert.Single(await PairsOfAsync(staff, a, b));

        var dismissed = await staff.PostAsJsonAsync(Url + "/dismissals", new { firstId = b, secondId = a });

        Assert.Equal(HttpStatusCode.NoContent, dismissed.StatusCode);
        Assert.Empty(await PairsOfAsync(staff, a, b));
    }

    [Fact]
    public async Task Merging_moves_members_a_booking_and_a_check_to_the_survivor_and_leaves_a_tombstone()
    {
        using var staff = await host.AdminAsync();
        var survivor = await host.CreateOrganisationAdminAsync();
        var duplicate = await host.CreateOrganisationAdminAsync();
        var set = await MaturityApi.CurrentSetAsync(duplicate.Client);
        var version = set.GetProperty("id").GetInt32();
        await MaturityApi.TakeAsync(survivor.Client, survivor.OrganisationId!.Value, version, MaturityApi.Answers(set, 1));
        await MaturityApi.TakeAsync(duplicate.Client, duplicate.OrganisationId!.Value, version, MaturityApi.Answers(set, 3));
        var sessionId = await SessionAsync(staff);
        var booking = await BookAsync(staff, sessionId, duplicate.OrganisationId.Value);

        var response = await MergeAsync(staff, survivor.OrganisationId.Value, duplicate.OrganisationId.Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = (await response.Content.ReadFromJsonAsync<Outcome>())!;
        Assert.Equal((1, 1), (outcome.MembersMoved, outcome.ChecksMoved));
        var members = await staff.GetFromJsonAsync<List<Member>>($"/api/organisations/{survivor.OrganisationId}/members");
        Assert.Equal(new[] { survivor.AccountId, duplicate.AccountId }.Order(), members!.Select(m => m.AccountId).Order());
        var mine = await duplicate.Client.GetFromJsonAsync<OrganisationView>("/api/organisations/mine");
        Assert.Equal(survivor.OrganisationId, mine!.Id);
        var tombstone = await staff.GetFromJsonAsync<OrganisationView>($"/api/organisations/{duplicate.OrganisationId}");
        Assert.Equal(survivor.OrganisationId, tombstone!.MergedInto);
        var moved = await staff.GetFromJsonAsync<BookingView>($"/api/catalog/sessions/{sessionId}/bookings/{booking}");
        Assert.Equal(survivor.OrganisationId, moved!.OrganisationId);
        var history = await survivor.Client.GetFromJsonAsync<List<HistoryRow>>($"/api/organisations/{survivor.OrganisationId}/maturity/history");
        Assert.Equal(["T0", "T1"], history!.Select(r => r.Result.Round));
        // The duplicate's former member cancels the moved booking as a member of the survivor.
        var cancelled = await duplicate.Client.PostAsJsonAsync(
            $"/api/catalog/sessions/{sessionId}/bookings/{booking}/cancel", new { organisationId = survivor.OrganisationId });
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Research_rows_of_both_end_under_the_survivors_one_pseudonym()
    {
        using var staff = await host.AdminAsync();
        var survivor = await host.CreateOrganisationAdminAsync();
        var duplicate = await host.CreateOrganisationAdminAsync();
        var set = await MaturityApi.CurrentSetAsync(duplicate.Client);
        var version = set.GetProperty("id").GetInt32();
        var checks = new List<Guid>
        {
            await CheckAsync(survivor.Client, survivor.OrganisationId!.Value, version, MaturityApi.Answers(set, 1)),
            await CheckAsync(duplicate.Client, duplicate.OrganisationId!.Value, version, MaturityApi.Answers(set, 2)),
        };
        Assert.Equal((2, 2), (await RowsAsync(checks), await PseudonymsAsync(checks)));

        Assert.Equal(HttpStatusCode.OK, (await MergeAsync(staff, survivor.OrganisationId.Value, duplicate.OrganisationId.Value)).StatusCode);

        Assert.Equal((2, 1), (await RowsAsync(checks), await PseudonymsAsync(checks)));
        // A later check by the merged member lands under the same pseudonym.
        checks.Add(await CheckAsync(duplicate.Client, survivor.OrganisationId.Value, version, MaturityApi.Answers(set, 4)));
        Assert.Equal((3, 1), (await RowsAsync(checks), await PseudonymsAsync(checks)));
    }

    [Fact]
    public async Task A_reimport_after_a_merge_updates_the_survivor_not_the_tombstone()
    {
        using var staff = await host.AdminAsync();
        var externalId = "D-" + Unique();
        var duplicate = await ImportAsync(staff, "Import Alt GmbH", $"a@{Unique()}.example", externalId);
        var survivor = await RegisterAsync(staff, "Import Neu GmbH", Postcode());
        Assert.Equal(HttpStatusCode.OK, (await MergeAsync(staff, survivor, duplicate)).StatusCode);

        var report = await (await staff.PostCsvAsync("/api/imports/organisations", Csv(externalId, "Import Neu & Co. GmbH", "x@y.example")))
            .ReportAsync();

        Assert.Equal((0, 1), (report.Created, report.Updated));
        Assert.Equal(survivor, report.Rows[0].Id);
        Assert.Equal("Import Neu & Co. GmbH", (await staff.GetFromJsonAsync<OrganisationView>($"/api/organisations/{survivor}"))!.Name);
    }

    [Fact]
    public async Task Merging_with_itself_an_unknown_or_an_already_merged_organisation_is_refused_and_changes_nothing()
    {
        using var staff = await host.AdminAsync();
        var (a, b, c) = (await RegisterAsync(staff, "Eins " + Unique(), "10115"), await RegisterAsync(staff, "Zwei " + Unique(), "10115"),
            await RegisterAsync(staff, "Drei " + Unique(), "10115"));
        Assert.Equal(HttpStatusCode.OK, (await MergeAsync(staff, a, b)).StatusCode);
        var before = await EventCountAsync();

        await AssertRefusedAsync(await MergeAsync(staff, c, c), 400, "common.invalid", "duplicateId");
        await AssertRefusedAsync(await staff.PostAsJsonAsync($"/api/organisations/{c}/merge", new { }), 400, "common.invalid", "duplicateId");
        await AssertRefusedAsync(await MergeAsync(staff, c, Guid.NewGuid()), 404, "organisations.merge-unknown");
        await AssertRefusedAsync(await MergeAsync(staff, c, b), 409, "organisations.merge-already-merged");
        await AssertRefusedAsync(await MergeAsync(staff, b, c), 409, "organisations.merge-already-merged");
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/organisations/{c}/merge")
        {
            Content = JsonContent.Create(new { duplicateId = a }),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"99\"");
        await AssertRefusedAsync(await staff.SendAsync(stale), 412, "common.stale");

        Assert.Equal(before, await EventCountAsync());
        Assert.Null((await staff.GetFromJsonAsync<OrganisationView>($"/api/organisations/{c}"))!.MergedInto);
    }

    [Fact]
    public async Task Only_staff_see_and_merge_duplicates()
    {
        var member = await host.CreateOrganisationAdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MergeAsync(member.Client, member.OrganisationId!.Value, Guid.NewGuid())).StatusCode);
    }

    private sealed record BookingView(Guid BookingId, Guid OrganisationId);

    private sealed record RoundView(Guid AssessmentId, string Round);

    private sealed record HistoryRow(RoundView Result);

    private static async Task AssertRefusedAsync(HttpResponseMessage response, int status, string code, string? field = null)
    {
        Assert.Equal(status, (int)response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<Problem>())!;
        Assert.Equal(code, problem.Code);
        if (field is not null)
        {
            Assert.Contains(field, problem.Errors!.Keys);
        }
    }

    private static Task<HttpResponseMessage> MergeAsync(HttpClient client, Guid survivor, Guid duplicate) =>
        client.PostAsJsonAsync($"/api/organisations/{survivor}/merge", new { duplicateId = duplicate });

    private static async Task<List<Pair>> PairsOfAsync(HttpClient staff, params Guid[] ids)
    {
        var pairs = await staff.GetFromJsonAsync<List<Pair>>(Url);
        return [.. pairs!.Where(p => ids.Contains(p.First.Id) || ids.Contains(p.Second.Id))];
    }

    private static async Task<Guid> RegisterAsync(HttpClient staff, string name, string postcode)
    {
        var response = await staff.PostAsJsonAsync("/api/organisations",
            new { name, kind = "sme", industry = "C", sizeClass = "small", federalState = "BB", postcode });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OrganisationView>())!.Id;
    }

    private static string Csv(string externalId, string name, string email) =>
        "Externe ID;Name/Firmenname;Branche;Größe;Bundesland;PLZ;Ansprechpartner;E-Mail\n"
        + $"{externalId};{name};C;klein;BB;{Postcode()};Kim Kontakt;{email}\n";

    private static async Task<Guid> ImportAsync(HttpClient staff, string name, string email, string? externalId = null)
    {
        var report = await (await staff.PostCsvAsync("/api/imports/organisations", Csv(externalId ?? "I-" + Unique(), name, email))).ReportAsync();
        return report.Rows[0].Id!.Value;
    }

    private static async Task<Guid> SessionAsync(HttpClient staff)
    {
        var offering = await CatalogSetup.PublishedOfferingAsync(staff, "experience-tour", "Dublettenprogramm " + Unique(), ("Werkstatt", "Workshop"),
            ("Ein Tag.", "One day."), ["ki"]);
        var session = await staff.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = DateTimeOffset.UtcNow.AddDays(14), endsAt = DateTimeOffset.UtcNow.AddDays(14).AddHours(3), capacity = 20 });
        Assert.True(session.IsSuccessStatusCode, await session.Content.ReadAsStringAsync());
        return (await session.Content.ReadFromJsonAsync<OrganisationView>())!.Id;
    }

    private static async Task<Guid> BookAsync(HttpClient staff, Guid sessionId, Guid organisationId)
    {
        var response = await staff.PostAsJsonAsync($"/api/catalog/sessions/{sessionId}/bookings",
            new { organisationId, attendees = new[] { new { name = "Erika Mustermann" } } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<BookingView>())!.BookingId;
    }

    private static async Task<Guid> CheckAsync(HttpClient client, Guid organisation, int version, Dictionary<string, int> answers) =>
        (await MaturityApi.TakeAsync(client, organisation, version, answers)).GetProperty("assessmentId").GetGuid();

    private Task<long> PseudonymsAsync(List<Guid> assessments) =>
        ScalarAsync(
            "select count(distinct organisation_pseudonym) from kz.research_maturity_results where assessment_id = any(@ids)", [.. assessments]);

    private Task<long> RowsAsync(List<Guid> assessments) =>
        ScalarAsync("select count(*) from kz.research_maturity_results where assessment_id = any(@ids)", [.. assessments]);

    private Task<long> EventCountAsync() => ScalarAsync("select count(*) from kz.mt_events", []);

    private async Task<long> ScalarAsync(string sql, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
