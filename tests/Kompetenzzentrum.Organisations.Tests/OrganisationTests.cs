using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Organisations.Tests;

public sealed class OrganisationTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Theory]
    [InlineData("Z", "small", "BB", "14467", "industry")]
    [InlineData("C", "large", "BB", "14467", "sizeClass")]
    [InlineData("C", "small", "XX", "14467", "federalState")]
    [InlineData("C", "small", "BB", "1446", "postcode")]
    public async Task Bad_organisation_data_gets_400_naming_the_field(string industry, string sizeClass, string state, string postcode, string field)
    {
        var user = await host.CreateUserAsync();
        var response = await user.Client.PostAsJsonAsync("/api/organisations",
            new { name = "Beispiel GmbH", kind = "sme", industry, sizeClass, federalState = state, postcode });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("de", "Die Postleitzahl hat fünf Ziffern.", "Bitte wählen Sie die Branche.")]
    [InlineData("en", "Postcode must have five digits.", "Industry must be a WZ 2008 section letter A–U.")]
    public async Task Field_errors_come_in_the_language_the_client_asks_for(string language, string postcodeError, string industryError)
    {
        var user = await host.CreateUserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organisations")
        {
            Content = JsonContent.Create(
                new { name = "Beispiel GmbH", kind = "sme", industry = "Z", sizeClass = "small", federalState = "BB", postcode = "1446" }),
            Headers = { AcceptLanguage = { new(language) } },
        };
        var response = await user.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(postcodeError, errors.GetProperty("postcode")[0].GetString());
        Assert.Equal(industryError, errors.GetProperty("industry")[0].GetString());
    }

    [Fact]
    public async Task The_registering_person_administers_the_organisation_and_is_recorded_as_actor()
    {
        var admin = await host.CreateOrganisationAdminAsync("Bäckerei Korn GmbH");
        var mine = await admin.Client.GetFromJsonAsync<JsonElement>("/api/organisations/mine");
        Assert.Equal("Bäckerei Korn GmbH", mine.GetProperty("name").GetString());
        var me = await admin.Client.GetFromJsonAsync<JsonElement>("/api/organisations/accounts/me");
        Assert.True(me.GetProperty("isOrganisationAdmin").GetBoolean());

        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select user_name from kz.mt_events where stream_id = @id order by seq_id limit 1", connection);
        command.Parameters.AddWithValue("id", admin.OrganisationId!.Value);
        Assert.Equal(admin.AccountId.ToString(), await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Another_organisations_data_answers_404_while_staff_see_it()
    {
        var first = await host.CreateOrganisationAdminAsync();
        var second = await host.CreateOrganisationAdminAsync();
        var staff = await host.CreateUserAsync(Roles.CenterStaff);

        Assert.Equal(HttpStatusCode.NotFound, (await second.Client.GetAsync($"/api/organisations/{first.OrganisationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.Client.GetAsync($"/api/organisations/{first.OrganisationId}/members")).StatusCode);
        var edit = await second.Client.PutAsJsonAsync($"/api/organisations/{first.OrganisationId}",
            new { name = "Übernommen", kind = "sme", industry = "C", sizeClass = "small", federalState = "BB", postcode = "14467" });
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.Client.GetAsync($"/api/organisations/{first.OrganisationId}")).StatusCode);
    }

    [Fact]
    public async Task A_stale_If_Match_gets_412_and_a_current_one_succeeds()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var url = $"/api/organisations/{admin.OrganisationId}";
        var etag = (await admin.Client.GetAsync(url)).Headers.ETag!.Tag;
        var body = new { name = "Neu GmbH", kind = "sme", industry = "J", sizeClass = "micro", federalState = "BE", postcode = "10115" };

        using var first = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        first.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Client.SendAsync(first)).StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body with { name = "Veraltet GmbH" }) };
        stale.Headers.IfMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await admin.Client.SendAsync(stale)).StatusCode);
        Assert.Equal("Neu GmbH", (await admin.Client.GetFromJsonAsync<JsonElement>(url)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_invited_person_joins_with_the_mailed_code()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var colleague = await host.CreateUserAsync();
        var invited = await admin.Client.PostAsJsonAsync(
            $"/api/organisations/{admin.OrganisationId}/invitations", new { email = colleague.Email, asAdmin = false });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var code = await host.LatestCodeAsync(colleague.Email, "organisation.invitation");

        var stranger = await host.CreateUserAsync();
        var wrongPerson = await stranger.Client.PostAsJsonAsync(
            "/api/organisations/invitations/accept", new { organisationId = admin.OrganisationId, token = code });
        Assert.Equal(HttpStatusCode.BadRequest, wrongPerson.StatusCode);

        var accepted = await colleague.Client.PostAsJsonAsync(
            "/api/organisations/invitations/accept", new { organisationId = admin.OrganisationId, token = code });
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        var members = await colleague.Client.GetFromJsonAsync<JsonElement[]>($"/api/organisations/{admin.OrganisationId}/members");
        Assert.Equal(2, members!.Length);
        var notAdmin = await colleague.Client.PostAsJsonAsync(
            $"/api/organisations/{admin.OrganisationId}/invitations", new { email = "dritte@example.org" });
        Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
    }

    [Fact]
    public async Task A_member_of_another_organisation_gets_409_in_the_language_asked_for()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var member = await host.CreateOrganisationAdminAsync();
        var invited = await admin.Client.PostAsJsonAsync(
            $"/api/organisations/{admin.OrganisationId}/invitations", new { email = member.Email, asAdmin = false });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var code = await host.LatestCodeAsync(member.Email, "organisation.invitation");

        var english = await HttpAnswers.Problem(await member.Client.PostAsJsonAsync(
            "/api/organisations/invitations/accept", new { organisationId = admin.OrganisationId, token = code }), HttpStatusCode.Conflict);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organisations/invitations/accept")
        {
            Content = JsonContent.Create(new { organisationId = admin.OrganisationId, token = code }),
        };
        request.Headers.AcceptLanguage.ParseAdd("de");
        var german = await HttpAnswers.Problem(await member.Client.SendAsync(request), HttpStatusCode.Conflict);

        Assert.Equal("You already belong to an organisation.", english.GetProperty("title").GetString());
        Assert.Equal("Sie gehören schon zu einer Organisation.", german.GetProperty("title").GetString());
    }
}
