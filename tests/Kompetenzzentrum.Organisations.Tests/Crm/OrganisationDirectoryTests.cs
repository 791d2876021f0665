using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Organisations.Tests.Crm;

/// <summary>The staff's CRM view over HTTP against the real host: directory, history of several modules, staff notes.</summary>
public sealed class OrganisationDirectoryTests(HostFixture host) : IClassFixture<HostFixture>
{
    private sealed record Row(
        Guid Id, string Name, string Industry, string SizeClass, string FederalState, string? Level, DateTimeOffset? LastContact);

    private sealed record Directory(List<Row> Rows, int Total, int Page, int PageSize);

    private sealed record Text(string De, string En);

    private sealed record Entry(DateTimeOffset At, string Module, string Kind, Text Title, Text? Detail);

    private sealed record Note(Guid Id, string Text, Guid AuthorId, bool Own);

    private sealed record Problem(int Status, string Code, Dictionary<string, string[]>? Errors);

    private sealed record Created(Guid Id);

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task The_directory_searches_by_name_filters_and_pages()
    {
        using var staff = await host.AdminAsync();
        var stem = "Verzeichnis" + Unique();
        var a = await RegisterAsync(staff, $"{stem} Alpha", "C", "small", "BB");
        var b = await RegisterAsync(staff, $"{stem} Beta", "J", "micro", "BY");
        await RegisterAsync(staff, $"Andere {Unique()}", "C", "small", "BB");

        var byName = await DirectoryAsync(staff, $"?q={stem.ToLowerInvariant()}");
        Assert.Equal([a, b], byName.Rows.Select(r => r.Id));
        Assert.Equal(2, byName.Total);
        Assert.Equal([b], (await DirectoryAsync(staff, $"?q={stem}&industry=J")).Rows.Select(r => r.Id));
        Assert.Equal([a], (await DirectoryAsync(staff, $"?q={stem}&region=BB&size=small")).Rows.Select(r => r.Id));
        Assert.Equal(2, (await DirectoryAsync(staff, $"?q={stem}&level=none")).Total);
        Assert.Empty((await DirectoryAsync(staff, $"?q={stem}&level=vorreiter")).Rows);
        var second = await DirectoryAsync(staff, $"?q={stem}&page=2");
        Assert.Equal((2, 2, 0), (second.Total, second.Page, second.Rows.Count));
    }

    [Fact]
    public async Task The_history_holds_a_member_a_check_round_and_a_booking_in_time_order_and_is_the_last_contact()
    {
        using var staff = await host.AdminAsync();
        var sme = await host.CreateOrganisationAdminAsync("Historie " + Unique());
        var organisation = sme.OrganisationId!.Value;
        var set = await MaturityApi.CurrentSetAsync(sme.Client);
        await MaturityApi.TakeAsync(sme.Client, organisation, set.GetProperty("id").GetInt32(), MaturityApi.Answers(set, 3));
        var sessionId = await SessionAsync(staff);
        var booked = await staff.PostAsJsonAsync($"/api/catalog/sessions/{sessionId}/bookings",
            new { organisationId = organisation, attendees = new[] { new { name = "Erika Mustermann" } } });
        Assert.True(booked.IsSuccessStatusCode, await booked.Content.ReadAsStringAsync());

        var history = (await staff.GetFromJsonAsync<List<Entry>>($"/api/organisations/{organisation}/history"))!;

        Assert.Contains(history, e => e.Module == "organisations" && e.Kind == "maturity-round" && e.Title.De.Contains("T0"));
        Assert.Contains(history, e => e.Module == "organisations" && e.Kind == "member-joined");
        var booking = Assert.Single(history, e => e.Module == "catalog" && e.Kind == "booking");
        Assert.Contains("Werkstatt", booking.Title.De);
        Assert.Contains("Workshop", booking.Title.En);
        Assert.Equal(history.Select(e => e.At).Order(), history.Select(e => e.At));
        var row = Assert.Single((await DirectoryAsync(staff, $"?q={Uri.EscapeDataString(await NameAsync(staff, organisation))}")).Rows);
        Assert.Equal(history[^1].At, row.LastContact);
        Assert.NotNull(row.Level);
    }

    [Fact]
    public async Task Notes_are_for_staff_only_and_refuse_empty_and_too_long_texts()
    {
        using var staff = await host.AdminAsync();
        var sme = await host.CreateOrganisationAdminAsync();
        var url = $"/api/organisations/{sme.OrganisationId}/notes";

        var added = await staff.PostAsJsonAsync(url, new { text = "Ruft lieber vormittags an." });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var notes = (await staff.GetFromJsonAsync<List<Note>>(url))!;
        Assert.Equal(("Ruft lieber vormittags an.", true), (Assert.Single(notes).Text, notes[0].Own));
        Assert.Equal(HttpStatusCode.Forbidden, (await sme.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sme.Client.PostAsJsonAsync(url, new { text = "Hallo" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sme.Client.GetAsync($"/api/organisations/{sme.OrganisationId}/history")).StatusCode);
        await AssertRefusedAsync(await staff.PostAsJsonAsync(url, new { text = "   " }), 400, "common.invalid", "text");
        await AssertRefusedAsync(await staff.PostAsJsonAsync(url, new { text = new string('x', 2001) }), 400, "common.invalid", "text");
        Assert.Single((await staff.GetFromJsonAsync<List<Note>>(url))!);
    }

    [Fact]
    public async Task Only_the_author_deletes_a_note()
    {
        using var staff = await host.AdminAsync();
        var colleague = await host.CreateUserAsync("center-staff");
        var sme = await host.CreateOrganisationAdminAsync();
        var url = $"/api/organisations/{sme.OrganisationId}/notes";
        var note = (await (await staff.PostAsJsonAsync(url, new { text = "Interesse an KI" })).Content.ReadFromJsonAsync<Created>())!.Id;

        await AssertRefusedAsync(await colleague.Client.DeleteAsync($"{url}/{note}"), 403, "organisations.crm.note-not-yours");
        Assert.False(Assert.Single((await colleague.Client.GetFromJsonAsync<List<Note>>(url))!).Own);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"{url}/{note}")).StatusCode);
        Assert.Empty((await staff.GetFromJsonAsync<List<Note>>(url))!);
        await AssertRefusedAsync(await staff.DeleteAsync($"{url}/{note}"), 404, "organisations.crm.note-unknown");
    }

    [Fact]
    public async Task Unknown_organisations_and_bad_filters_are_refused()
    {
        using var staff = await host.AdminAsync();
        var unknown = Guid.NewGuid();

        await AssertRefusedAsync(await staff.GetAsync($"/api/organisations/{unknown}/history"), 404, "organisations.crm.unknown");
        await AssertRefusedAsync(await staff.GetAsync($"/api/organisations/{unknown}/notes"), 404, "organisations.crm.unknown");
        var note = await staff.PostAsJsonAsync($"/api/organisations/{unknown}/notes", new { text = "x" });
        await AssertRefusedAsync(note, 404, "organisations.crm.unknown");
        await AssertRefusedAsync(await staff.GetAsync("/api/organisations/directory?industry=ZZ"), 400, "common.invalid", "industry");
        await AssertRefusedAsync(await staff.GetAsync("/api/organisations/directory?level=expert"), 400, "common.invalid", "level");
        await AssertRefusedAsync(await staff.GetAsync("/api/organisations/directory?page=abc"), 400, "common.invalid", "page");
    }

    [Fact]
    public async Task The_organisations_erasure_deletes_its_notes()
    {
        using var staff = await host.AdminAsync();
        var sme = await host.CreateOrganisationAdminAsync();
        var organisation = sme.OrganisationId!.Value;
        var added = await staff.PostAsJsonAsync($"/api/organisations/{organisation}/notes", new { text = "Frau Muster" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(1, await NotesInDatabaseAsync(organisation));

        Assert.Equal(HttpStatusCode.NoContent, (await sme.Client.DeleteAsync($"/api/organisations/{organisation}")).StatusCode);

        Assert.Equal(0, await NotesInDatabaseAsync(organisation));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/organisations/{organisation}/notes")).StatusCode);
    }

    [Fact]
    public async Task A_merge_moves_the_duplicates_notes_to_the_survivor()
    {
        using var staff = await host.AdminAsync();
        var survivor = (await host.CreateOrganisationAdminAsync()).OrganisationId!.Value;
        var duplicate = (await host.CreateOrganisationAdminAsync()).OrganisationId!.Value;
        await staff.PostAsJsonAsync($"/api/organisations/{survivor}/notes", new { text = "Notiz zum Bleibenden" });
        await staff.PostAsJsonAsync($"/api/organisations/{duplicate}/notes", new { text = "Notiz zur Dublette" });

        await host.MergeAsync(survivor, duplicate);

        var notes = (await staff.GetFromJsonAsync<List<Note>>($"/api/organisations/{survivor}/notes"))!;
        Assert.Equal(["Notiz zum Bleibenden", "Notiz zur Dublette"], notes.Select(n => n.Text).Order());
        Assert.Equal(0, await NotesInDatabaseAsync(duplicate));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, int status, string code, string? field = null)
    {
        Assert.Equal(status, (int)response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<Problem>())!;
        Assert.Equal(code, problem.Code);
        if (field is not null)
        {
            Assert.True(problem.Errors?.ContainsKey(field), $"no error for {field}");
        }
    }

    private static async Task<Directory> DirectoryAsync(HttpClient staff, string query) =>
        (await staff.GetFromJsonAsync<Directory>("/api/organisations/directory" + query))!;

    private static async Task<string> NameAsync(HttpClient staff, Guid organisation) =>
        (await staff.GetFromJsonAsync<Row>($"/api/organisations/{organisation}"))!.Name;

    private static async Task<Guid> RegisterAsync(HttpClient staff, string name, string industry, string sizeClass, string federalState)
    {
        var response = await staff.PostAsJsonAsync("/api/organisations",
            new { name, kind = "sme", industry, sizeClass, federalState, postcode = "14467" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    private static async Task<Guid> SessionAsync(HttpClient staff)
    {
        var offering = await CatalogSetup.PublishedOfferingAsync(staff, "experience-tour", "CRM-Programm " + Unique(), ("Werkstatt", "Workshop"),
            ("Ein Tag.", "One day."), ["ki"]);
        var session = await staff.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = DateTimeOffset.UtcNow.AddDays(14), endsAt = DateTimeOffset.UtcNow.AddDays(14).AddHours(3), capacity = 20 });
        Assert.True(session.IsSuccessStatusCode, await session.Content.ReadAsStringAsync());
        return (await session.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    private async Task<long> NotesInDatabaseAsync(Guid organisation)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from kz.mt_doc_staffnote where data->>'organisationId' = @id", connection);
        command.Parameters.AddWithValue("id", organisation.ToString());
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
