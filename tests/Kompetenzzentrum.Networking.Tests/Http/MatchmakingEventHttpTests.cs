using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Networking.Tests.Http;

/// <summary>A matchmaking event is booked through the generic catalog; its attendees get a round plan.</summary>
public sealed class MatchmakingEventHttpTests(HostFixture host) : IClassFixture<HostFixture>
{
    internal static async Task<Guid> SessionAsync(HttpClient staff, string offeringType, int capacity)
    {
        var program = await staff.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Matchmaking " + Guid.NewGuid().ToString("N")[..6],
            starts = "2026-01-01",
            ends = "2027-12-31",
            responsibleStaff = "Team Netzwerk",
            targets = new { organisationsReached = 50, participations = 100, satisfaction = 80 },
        }).Json(HttpStatusCode.Created);
        var offering = (await staff.PostAsJsonAsync("/api/catalog/offerings", new
        {
            programId = program.GetProperty("id").GetGuid(),
            offeringType,
            title = new { de = "KMU trifft Startup", en = "SMEs meet startups" },
            description = new { de = "Kurze Gesprächsrunden.", en = "Short meeting rounds." },
            topics = new[] { "ki" },
            suitableFrom = "Einsteiger",
            suitableTo = "Gestalter",
            format = "on-site",
            place = "Berlin",
            language = "de",
            cancellationDeadlineHours = 24,
        }).Json(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await staff.PostAsync($"/api/catalog/offerings/{offering}/publish", null).Json();
        return (await staff.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions", new
        {
            startsAt = DateTimeOffset.UtcNow.AddDays(10),
            endsAt = DateTimeOffset.UtcNow.AddDays(10).AddHours(3),
            capacity,
        }).Json(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    internal static async Task<Guid> BookAsync(HttpClient staff, Guid session, Guid organisation)
    {
        var booked = await staff.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
            new { organisationId = organisation, attendees = new[] { new { name = "Erika Mustermann" } } }).Json(HttpStatusCode.Created);
        Assert.Equal("confirmed", booked.GetProperty("status").GetString());
        return booked.GetProperty("bookingId").GetGuid();
    }

    [Fact]
    public async Task Given_organisations_booked_a_matchmaking_event_in_the_catalog_Then_the_round_plan_covers_exactly_its_confirmed_attendees()
    {
        using var staff = host.CreateAdminClient();
        var smes = new[]
        {
            await NetworkingApi.CreateSme(staff, NetworkingApi.Sme(["ki", "daten"], state: "BE")),
            await NetworkingApi.CreateSme(staff, NetworkingApi.Sme(["cloud"], state: "BY", postcode: "80331")),
            await NetworkingApi.CreateSme(staff, NetworkingApi.Sme(["ki"], state: "HH", postcode: "20095")),
        };
        var startups = new[]
        {
            await NetworkingApi.CreateStartup(staff, NetworkingApi.Startup("KI-Partner", ["ki", "daten"], ["C"], state: "BE", postcode: "10117")),
            await NetworkingApi.CreateStartup(staff, NetworkingApi.Startup("Wolke", ["cloud", "ki"], state: "BY", postcode: "80333")),
        };
        var withoutProfile = Guid.NewGuid();
        var cancelling = await NetworkingApi.CreateSme(staff, NetworkingApi.Sme(["ki", "daten"], state: "BE"));
        var notBooked = await NetworkingApi.CreateStartup(staff,
            NetworkingApi.Startup("Fern", ["ki", "daten"], ["C"], state: "BE", postcode: "10117"));
        var session = await SessionAsync(staff, "matchmaking-event", capacity: 10);
        foreach (var organisation in smes.Concat(startups).Append(withoutProfile))
        {
            await BookAsync(staff, session, organisation);
        }
        var cancelled = await BookAsync(staff, session, cancelling);
        await staff.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{cancelled}/cancel", new { organisationId = cancelling }).Json();

        var attendees = await staff.GetFromJsonAsync<List<Guid>>($"/api/networking/matchmaking-sessions/{session}/attendees");
        var plan = await staff.PostAsJsonAsync($"/api/networking/matchmaking-sessions/{session}/round-plan", new { rounds = 3 }).Json();

        Assert.Equal(smes.Concat(startups).Append(withoutProfile).Order(), attendees!.Order());
        Assert.Equal([withoutProfile], plan.GetProperty("withoutProfile").EnumerateArray().Select(e => e.GetGuid()));
        var rounds = plan.GetProperty("rounds").EnumerateArray().Select(r => r.EnumerateArray()
            .Select(m =>
                (Sme: m.GetProperty("smeId").GetGuid(), Startup: m.GetProperty("startupId").GetGuid(), Score: m.GetProperty("score").GetInt32()))
                    .ToList()).ToList();
        Assert.Equal(3, rounds.Count);
        var all = rounds.SelectMany(r => r).ToList();
        Assert.Equal(all.Count, all.Select(m => (m.Sme, m.Startup)).Distinct().Count());
        Assert.All(rounds, r => Assert.Equal(r.Count * 2, r.SelectMany(m => new[] { m.Sme, m.Startup }).Distinct().Count()));
        Assert.All(all, m => Assert.Contains(m.Sme, smes));
        Assert.All(all, m => Assert.Contains(m.Startup, startups));
        Assert.DoesNotContain(all, m => m.Sme == cancelling || m.Startup == notBooked);
        // The best pair (same topics, same region, industry experience) meets in the first round.
        Assert.Contains((smes[0], startups[0]), rounds[0].Select(m => (m.Sme, m.Startup)));
        Assert.Equal(all.Max(m => m.Score), rounds[0].Max(m => m.Score));
    }

    [Fact]
    public async Task Given_bookings_of_another_offering_type_Then_they_are_no_matchmaking_attendees_and_rounds_are_checked()
    {
        using var staff = host.CreateAdminClient();
        var tour = await SessionAsync(staff, "experience-tour", capacity: 5);
        await BookAsync(staff, tour, Guid.NewGuid());

        Assert.Empty((await staff.GetFromJsonAsync<List<Guid>>($"/api/networking/matchmaking-sessions/{tour}/attendees"))!);
        var problem = await staff.PostAsJsonAsync($"/api/networking/matchmaking-sessions/{tour}/round-plan", new { rounds = 0 })
            .Json(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("rounds", out _));
        var member = await host.CreateOrganisationAdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden,
            (await member.Client.PostAsJsonAsync($"/api/networking/matchmaking-sessions/{tour}/round-plan", new { rounds = 1 })).StatusCode);
    }
}
