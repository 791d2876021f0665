using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>The audit's smaller holes (issue 25, item 11), one attack each.</summary>
public sealed class SmallHolesTests(HostFixture host) : IClassFixture<HostFixture>
{
    private sealed record Station(Guid Id, string Name, string? PartnerCenter);

    private sealed record Created(Guid Id);

    private sealed record SessionView(Guid Id, Guid OfferingId, int Capacity);

    /// <summary>The answer a side of an introduction may see; any further field would be one it may not.</summary>
    private sealed record SideView(Guid IntroductionId, Guid OtherOrganisationId, string Status, string? OutcomeReason);

    private sealed record PeerAnswer(PeerMedians? Peers, string? HiddenBecause);

    private sealed record PeerMedians(int Peers, double OverallScore);

    private sealed record QuestionSet(int Id, IReadOnlyList<Question> Questions);

    private sealed record Question(string Id, string Key, string Kind);

    [Fact]
    public async Task Partner_staff_of_one_center_cannot_write_a_Lernfabrik_station_of_another_center()
    {
        var ownCenter = await host.CreateUserAsync(Roles.PartnerStaff, partnerCenter: "Lernfabrik Cottbus");
        var otherCenter = await host.CreateUserAsync(Roles.PartnerStaff, partnerCenter: "Zentrum Hamburg");
        var created = await ownCenter.Client.PostAsJsonAsync("/api/lernfabrik/stations",
            new { name = "Fräsen", topic = "automatisierung", places = 4 });
        var station = (await created.Content.ReadFromJsonAsync<Station>(HostFixture.Json))!;
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Lernfabrik Cottbus", station.PartnerCenter);

        var foreign = await otherCenter.Client.PostAsync($"/api/lernfabrik/stations/{station.Id}/maintenance-check", null);
        var own = await ownCenter.Client.PostAsync($"/api/lernfabrik/stations/{station.Id}/maintenance-check", null);

        await HttpAnswers.Problem(foreign, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Accepted, own.StatusCode);
    }

    [Fact]
    public async Task A_replayed_introduction_proposal_shows_another_account_only_what_its_side_may_see_now()
    {
        var sme = await host.CreateOrganisationAdminAsync("Replay KMU");
        var startup = await host.CreateOrganisationAdminAsync("Replay Startup");
        var (smeId, startupId) = (sme.OrganisationId!.Value, startup.OrganisationId!.Value);
        await Ok(sme.Client.PutAsJsonAsync($"/api/networking/smes/{smeId}", new
        {
            name = "Replay KMU",
            challengeTopics = new[] { "daten" },
            problemStatements = new[] { "Daten liegen verstreut." },
            industry = "C",
            federalState = "BB",
            postcode = "14467",
            maturityLevel = "Entdecker",
            contact = new { name = "Frau Kmu", email = "kmu@replay.example", phone = (string?)null },
        }));
        await Ok(startup.Client.PutAsJsonAsync($"/api/networking/startups/{startupId}", new
        {
            name = "Replay Startup",
            solutionTopics = new[] { "daten" },
            technologies = new[] { "Python" },
            solutions = new[] { "Dashboards" },
            references = Array.Empty<string>(),
            stage = "Growth",
            industries = Array.Empty<string>(),
            federalState = "BE",
            postcode = "10115",
            contact = new { name = "Herr Startup", email = "hallo@replay.example", phone = (string?)null },
        }));
        var key = Guid.NewGuid().ToString();
        var proposed = await ProposeAsync(sme.Client, key, smeId, startupId);
        var introduction = (await proposed.Content.ReadFromJsonAsync<SideView>(HostFixture.Json))!.IntroductionId;
        string Side(Guid side, string action) => $"/api/networking/organisations/{side}/introductions/{introduction}/{action}";
        await Ok(sme.Client.PostAsync(Side(smeId, "accept"), null));
        await Ok(startup.Client.PostAsync(Side(startupId, "accept"), null));
        await Ok(sme.Client.PostAsJsonAsync(Side(smeId, "meeting"), new { heldOn = "2026-11-20" }));
        await Ok(sme.Client.PostAsJsonAsync(Side(smeId, "outcome"), new { outcome = "NoFit", reason = "Vertraulich: der Preis war zu hoch" }));

        // The startup's account sends the SME's request again, key and body alike.
        var replay = await ProposeAsync(startup.Client, key, smeId, startupId);
        var body = await replay.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.DoesNotContain("Vertraulich", body, StringComparison.Ordinal);
        Assert.DoesNotContain("outcomeRecordedBy", body, StringComparison.Ordinal);
        var view = JsonSerializer.Deserialize<SideView>(body, HostFixture.Json)!;
        Assert.Equal((introduction, smeId, "completed", (string?)null),
            (view.IntroductionId, view.OtherOrganisationId, view.Status, view.OutcomeReason));
    }

    [Fact]
    public async Task Sessions_of_draft_and_archived_offerings_are_not_public()
    {
        using var staff = host.CreateAdminClient();
        var program = (await (await staff.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Geheimprogramm",
            starts = "2026-01-01",
            ends = "2028-12-31",
            responsibleStaff = "Team",
            targets = new { organisationsReached = 10, participations = 10, satisfaction = 80 },
        })).Content.ReadFromJsonAsync<Created>(HostFixture.Json))!.Id;
        async Task<Guid> OfferingAsync() => (await (await staff.PostAsJsonAsync("/api/catalog/offerings", new
        {
            programId = program,
            offeringType = "experience-tour",
            title = new { de = "Unangekündigt", en = "Unannounced" },
            description = new { de = "Noch geheim.", en = "Still secret." },
            topics = new[] { "ki" },
            suitableFrom = "Einsteiger",
            suitableTo = "Vorreiter",
            format = "on-site",
            place = "Cottbus",
            language = "de",
            cancellationDeadlineHours = 24,
        })).Content.ReadFromJsonAsync<Created>(HostFixture.Json))!.Id;
        async Task<Guid> SessionAsync(Guid offering) => (await HttpAnswers.Created(await staff.PostAsJsonAsync(
                $"/api/catalog/offerings/{offering}/sessions",
                new { startsAt = DateTimeOffset.UtcNow.AddDays(20), endsAt = DateTimeOffset.UtcNow.AddDays(20).AddHours(2), capacity = 10 })))
            .GetProperty("id").GetGuid();
        var draft = await OfferingAsync();
        var draftSession = await SessionAsync(draft);
        var archived = await OfferingAsync();
        Assert.True((await staff.PostAsync($"/api/catalog/offerings/{archived}/publish", null)).IsSuccessStatusCode);
        var archivedSession = await SessionAsync(archived);
        Assert.True((await staff.PostAsync($"/api/catalog/offerings/{archived}/archive", null)).IsSuccessStatusCode);
        using var anonymous = host.CreateClient();
        var member = await host.CreateOrganisationAdminAsync();

        foreach (var client in new[] { anonymous, member.Client })
        {
            foreach (var (offering, session) in new[] { (draft, draftSession), (archived, archivedSession) })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/catalog/offerings/{offering}/sessions")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/catalog/sessions/{session}")).StatusCode);
            }
        }
        Assert.Equal(draft, (await staff.GetFromJsonAsync<SessionView>($"/api/catalog/sessions/{draftSession}", HostFixture.Json))!.OfferingId);
        Assert.Single((await staff.GetFromJsonAsync<List<SessionView>>($"/api/catalog/offerings/{archived}/sessions", HostFixture.Json))!);
    }

    [Fact]
    public async Task Five_fresh_organisations_with_extreme_check_answers_do_not_move_the_median_shown_to_a_sixth()
    {
        // Industry and size of this test's own: other tests' organisations (industry C) stay out of the peer group.
        var own = await OrganisationAsync("Q", "micro");
        var set = await own.Client.GetFromJsonAsync<QuestionSet>("/api/organisations/maturity/question-sets/current", HostFixture.Json);
        await CheckAsync(own, set!, 2);
        foreach (var answer in new[] { 1, 2, 2, 3, 3 })
        {
            var peer = await OrganisationAsync("Q", "micro");
            await CompletedParticipationAsync(peer.OrganisationId!.Value);
            await CheckAsync(peer, set!, answer);
        }
        var before = await own.Client.GetFromJsonAsync<PeerAnswer>($"/api/organisations/{own.OrganisationId}/maturity/peers", HostFixture.Json);

        for (var i = 0; i < 5; i++)
        {
            await CheckAsync(await OrganisationAsync("Q", "micro"), set!, 0);
        }
        var after = await own.Client.GetFromJsonAsync<PeerAnswer>($"/api/organisations/{own.OrganisationId}/maturity/peers", HostFixture.Json);

        Assert.Equal((5, 50.0), (before!.Peers!.Peers, before.Peers.OverallScore));
        Assert.Equal(before.Peers, after!.Peers);
    }

    [Fact]
    public async Task An_organisation_without_research_consent_reaches_the_research_tables_only_as_counts()
    {
        var member = await RegisterAsync(researchConsent: false);
        var organisation = await CreateOrganisationAsync(member, "C", "small");
        var set = await member.GetFromJsonAsync<QuestionSet>("/api/organisations/maturity/question-sets/current", HostFixture.Json);
        await CheckAsync(member, organisation, set!, 1, gapOn: "daten");

        var rows = await RowsOfAsync(organisation);

        Assert.Equal(0L, rows);
        Assert.True(await ScalarAsync<long>("select count(*) from kz.research_counted_needs where topic = 'daten'") > 0);
        Assert.True(await ScalarAsync<long>("select count(*) from kz.research_counted_interactions where event_type = 'MaturityAssessed'") > 0);
    }

    [Fact]
    public async Task Withdrawing_the_research_consent_turns_the_organisations_rows_into_counts()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var set = await admin.Client.GetFromJsonAsync<QuestionSet>("/api/organisations/maturity/question-sets/current", HostFixture.Json);
        await CheckAsync(admin, set!, 1);
        Assert.True(await RowsOfAsync(admin.OrganisationId!.Value) > 0);
        var counted = await ScalarAsync<long>("select count(*) from kz.research_counted_interactions");

        var withdrawn = await admin.Client.PutAsJsonAsync("/api/organisations/accounts/me/research-consent", new { consent = false });

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(0L, await RowsOfAsync(admin.OrganisationId!.Value));
        Assert.True(await ScalarAsync<long>("select count(*) from kz.research_counted_interactions") > counted);
    }

    private static Task<HttpResponseMessage> ProposeAsync(HttpClient client, string key, Guid smeId, Guid startupId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/networking/introductions")
        {
            Content = JsonContent.Create(new { smeId, startupId }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static async Task Ok(Task<HttpResponseMessage> pending)
    {
        using var response = await pending;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<TestUser> OrganisationAsync(string industry, string sizeClass)
    {
        var user = await host.CreateUserAsync();
        return user with { OrganisationId = await CreateOrganisationAsync(user.Client, industry, sizeClass) };
    }

    private static async Task<Guid> CreateOrganisationAsync(HttpClient client, string industry, string sizeClass) =>
        (await HttpAnswers.Created(await client.PostAsJsonAsync("/api/organisations", new
        {
            name = "Prüf GmbH " + Guid.NewGuid().ToString("N")[..6],
            kind = "sme",
            industry,
            sizeClass,
            federalState = "BB",
            postcode = "14467",
        }))).GetProperty("id").GetGuid();

    /// <summary>A signed-in account registered through the API, with or without the research consent.</summary>
    private async Task<HttpClient> RegisterAsync(bool researchConsent)
    {
        var email = $"person-{Guid.NewGuid():N}@example.org";
        using var anonymous = host.CreateClient();
        await Ok(anonymous.PostAsJsonAsync("/api/organisations/accounts",
            new { email, password = TestUsers.Password, displayName = "Ohne Einwilligung", acceptTerms = true, researchConsent }));
        var token = await host.LatestCodeAsync(email, "account.confirm-email");
        await Ok(anonymous.PostAsJsonAsync("/api/organisations/accounts/confirm-email", new { email, token }));
        return await host.SignInAsync(email, TestUsers.Password);
    }

    private static Task CheckAsync(TestUser user, QuestionSet set, int answer) => CheckAsync(user.Client, user.OrganisationId!.Value, set, answer);

    /// <summary>Every dimension answered <paramref name="answer"/> (0–4), every topic done as far as it matters except a gap on one.</summary>
    private static Task CheckAsync(HttpClient client, Guid organisation, QuestionSet set, int answer, string? gapOn = null) =>
        Ok(client.PostAsJsonAsync($"/api/organisations/{organisation}/maturity/checks", new
        {
            version = set.Id,
            answers = set.Questions.ToDictionary(q => q.Id, q => q.Kind switch
            {
                "dimension" => answer,
                "topic-relevance" => q.Key == gapOn ? 5 : 3,
                "topic-implementation" => q.Key == gapOn ? 1 : 3,
                _ => 0,
            }),
        }));

    /// <summary>A participation completed, as the catalog announces it once staff completed an attended booking.</summary>
    private async Task CompletedParticipationAsync(Guid organisation)
    {
        await using var session = host.Factory.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.StartStream(Guid.CreateVersion7(),
            new ParticipationCompleted(
                Guid.CreateVersion7(), null, Guid.CreateVersion7(), "experience-tour", ["ki"], organisation, DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
    }

    /// <summary>Rows under the organisation's pseudonym in the four row-level research tables.</summary>
    private Task<long> RowsOfAsync(Guid organisation) => ScalarAsync<long>(
        "with p as (select left(encode(sha256(secret || uuid_send(organisation_id)), 'hex'), 24) pseudonym "
        + "from kz.research_pseudonym_keys where organisation_id = $1) "
        + "select (select count(*) from kz.research_interactions, p where organisation_pseudonym = p.pseudonym) "
        + "+ (select count(*) from kz.research_need_signals, p where organisation_pseudonym = p.pseudonym) "
        + "+ (select count(*) from kz.research_maturity_results, p where organisation_pseudonym = p.pseudonym) "
        + "+ (select count(*) from kz.research_feedback, p where organisation_pseudonym = p.pseudonym)", organisation);

    private async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
