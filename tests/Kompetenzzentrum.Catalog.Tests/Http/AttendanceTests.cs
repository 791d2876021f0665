using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>Attendance and completion need a session that has started: the clock is moved past its start.</summary>
public sealed class AttendanceTests(ClockedHostFixture host) : IClassFixture<ClockedHostFixture>
{
    private static Task<HttpResponseMessage> Mark(HttpClient client, Guid session, Guid booking, int attended) =>
        client.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings/{booking}/attendance", new { attended });

    private static Task<HttpResponseMessage> Complete(HttpClient client, Guid session, Guid booking) =>
        client.PostAsync($"/api/catalog/sessions/{session}/bookings/{booking}/complete", null);

    private static async Task<string?> StatusAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
    }

    private async Task<long> CountAsync(Guid session, string eventType)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        return await Sql.ScalarAsync<long>(connection, "select count(*) from kz.mt_events where stream_id = $1 and type = $2", session, eventType);
    }

    [Fact]
    public async Task Given_a_started_session_When_staff_mark_attendance_and_complete_Then_attended_no_show_and_completed_with_public_events()
    {
        Guid session, came, absent;
        using (var api = new CatalogApi(host))
        {
            session = await api.SessionAsync(capacity: 5, startsIn: TimeSpan.FromDays(3));
            came = (await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid(), null, "Erika Mustermann", "Max Mustermann")))
                .GetProperty("bookingId").GetGuid();
            absent = (await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid()))).GetProperty("bookingId").GetGuid();
            await CatalogApi.Problem(await Mark(api.Client, session, came, 2), HttpStatusCode.Conflict); // not started yet
        }
        host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        using var staff = await host.AdminAsync();
        var otherCenter = await host.CreateUserAsync(Roles.PartnerStaff, "Partnerzentrum Nord");
        var member = await host.CreateOrganisationAdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await Mark(otherCenter.Client, session, came, 2)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Mark(member.Client, session, came, 2)).StatusCode);
        await CatalogApi.Problem(await Mark(staff, session, came, 3), HttpStatusCode.BadRequest); // only two attendees
        Assert.Equal("attended", await StatusAsync(await Mark(staff, session, came, 2)));
        Assert.Equal("no-show", await StatusAsync(await Mark(staff, session, absent, 0)));
        await CatalogApi.Problem(await Complete(staff, session, absent), HttpStatusCode.Conflict);
        Assert.Equal("completed", await StatusAsync(await Complete(staff, session, came)));
        Assert.Equal("completed", await StatusAsync(await Complete(staff, session, came))); // a repeated click completes nothing twice

        var list = await staff.GetFromJsonAsync<JsonElement>($"/api/catalog/sessions/{session}/bookings");
        var statuses = list.EnumerateArray().ToDictionary(b => b.GetProperty("bookingId").GetGuid(), b => b.GetProperty("status").GetString());
        Assert.Equal("completed", statuses[came]);
        Assert.Equal("no-show", statuses[absent]);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync($"/api/catalog/sessions/{session}/bookings")).StatusCode);
        Assert.Equal(2, await CountAsync(session, "attendance_recorded"));
        Assert.Equal(1, await CountAsync(session, "participation_completed"));
    }
}
