using System.Globalization;
using System.Net;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>
/// The staff dashboard's filters on <c>GET /api/catalog/dashboard</c>: an offering type and a period narrow every chart,
/// without them the figures are as before; a bad filter is a 400 naming its parameter. Its own host: exact counts.
/// </summary>
public sealed class StaffDashboardFilterTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly DateOnly Today =
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Berlin"));

    private static string Day(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<Guid> Sessions(JsonElement figures, string list) =>
        [.. figures.GetProperty(list).EnumerateArray().Select(s => s.GetProperty("sessionId").GetGuid())];

    private static int Booked(JsonElement figures) =>
        figures.GetProperty("bookingsPerWeek").EnumerateArray().Sum(w => w.GetProperty("bookings").GetInt32());

    private static string Week(DateOnly day) =>
        $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}";

    private static async Task NamesAsync(CatalogApi api, string query, string field)
    {
        var problem = await CatalogApi.Problem(await api.Client.GetAsync("/api/catalog/dashboard?" + query), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query}: {problem}");
    }

    [Fact]
    public async Task Given_a_tour_and_a_sprint_When_staff_filter_by_type_and_period_Then_every_chart_counts_only_those()
    {
        using var api = new CatalogApi(host);
        var tour = await api.SessionAsync(capacity: 5, startsIn: TimeSpan.FromDays(3));
        var far = await api.SessionAsync(capacity: 4, startsIn: TimeSpan.FromDays(35));
        var sprint = await api.SprintSessionAsync(capacity: 1);
        await CatalogApi.Created(await api.BookAsync(tour, Guid.NewGuid(), null, "Erika Mustermann", "Max Mustermann"));
        await CatalogApi.Created(await api.BookAsync(sprint, Guid.NewGuid())); // pending: a request counts as a booking made

        var all = await api.GetAsync("/api/catalog/dashboard");
        var tours = await api.GetAsync("/api/catalog/dashboard?type=experience-tour");
        var sprints = await api.GetAsync("/api/catalog/dashboard?type=sprint");

        Assert.Equal((2, 1, 1), (Booked(all), Booked(tours), Booked(sprints)));
        Assert.Equal(12, tours.GetProperty("bookingsPerWeek").GetArrayLength());
        Assert.Equal([tour, sprint], Sessions(all, "freeSeats")); // the far one is beyond the usual 30 days
        Assert.Equal([tour], Sessions(tours, "freeSeats"));
        Assert.Equal([sprint], Sessions(sprints, "freeSeats"));
        Assert.Equal("experience-tour", tours.GetProperty("filter").GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("filter").GetProperty("type").ValueKind);

        // A given end replaces each chart's own: free seats up to that day, bookings up to its week.
        var ahead = await api.GetAsync($"/api/catalog/dashboard?type=experience-tour&to={Day(40)}");
        Assert.Equal([tour, far], Sessions(ahead, "freeSeats"));
        var later = await api.GetAsync($"/api/catalog/dashboard?from={Day(20)}&to={Day(40)}");
        Assert.Equal([far], Sessions(later, "freeSeats"));
        Assert.Equal(0, Booked(later)); // nothing was booked in the future
        Assert.Equal(Day(20), later.GetProperty("filter").GetProperty("from").GetString());

        var long_ = await api.GetAsync($"/api/catalog/dashboard?from={Day(-140)}&to={Day(0)}");
        var weeks = long_.GetProperty("bookingsPerWeek").EnumerateArray().Select(w => w.GetProperty("week").GetString()).ToList();
        Assert.Equal((Week(Today.AddDays(-140)), Week(Today)), (weeks[0], weeks[^1]));
        Assert.Equal(weeks.Distinct().Count(), weeks.Count);
        Assert.InRange(weeks.Count, 21, 22);
        Assert.Equal(2, Booked(long_));
        var before = await api.GetAsync($"/api/catalog/dashboard?to={Day(-1)}");
        Assert.Equal(0, Booked(before)); // all bookings were made today
        Assert.Empty(Sessions(before, "freeSeats"));
    }

    [Fact]
    public async Task Given_bad_filters_When_staff_load_the_dashboard_Then_400_names_the_parameter()
    {
        using var api = new CatalogApi(host);

        await NamesAsync(api, "type=fax-course", "type");
        await NamesAsync(api, "from=2026-13-01", "from");
        await NamesAsync(api, "to=gestern", "to");
        await NamesAsync(api, "from=1999-12-31", "from");
        await NamesAsync(api, $"from={Day(1)}&to={Day(0)}", "to");
        await NamesAsync(api, $"from={Day(-1000)}", "from");
        await NamesAsync(api, $"to={Day(1000)}", "to");
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync($"/api/catalog/dashboard?from={Day(0)}&to={Day(0)}&type=")).StatusCode);
    }
}
