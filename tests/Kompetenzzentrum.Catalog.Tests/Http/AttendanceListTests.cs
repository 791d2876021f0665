using System.Net;
using System.Text;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;
using MiniExcelLibs;

namespace Kompetenzzentrum.Catalog.Tests.Http;

[Collection(CatalogHost.Name)]
public sealed class AttendanceListTests(HostFixture host)
{
    private async Task<(Guid Session, string Organisation)> SessionWithAttendeesAsync(CatalogApi api)
    {
        var session = await api.SessionAsync(capacity: 5);
        var name = "Bäckerei Korn GmbH " + Guid.NewGuid().ToString("N")[..6];
        var member = await host.CreateOrganisationAdminAsync(name);
        await CatalogApi.Created(await CatalogApi.BookAsync(member.Client, session,
            CatalogApi.Booking(member.OrganisationId!.Value, "Jörg Müller", "Ayşe Yılmaz")));
        await CatalogApi.Created(await api.BookAsync(session, Guid.NewGuid(), null, "Erika Mustermann"));
        return (session, name);
    }

    [Fact]
    public async Task Given_two_bookings_When_staff_download_the_csv_Then_it_has_a_bom_semicolons_and_a_line_per_attendee_with_the_organisation()
    {
        using var api = new CatalogApi(host);
        var (session, organisation) = await SessionWithAttendeesAsync(api);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/catalog/sessions/{session}/attendance.csv");
        request.Headers.AcceptLanguage.ParseAdd("de");

        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[3..6]);
        // Fields with spaces come quoted ("Jörg Müller"), as CSV allows; none of these values holds a quote of its own.
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r').Split(';').Select(f => f.Trim('"')).ToList()).ToList();
        Assert.Equal(["Nr.", "Name", "Unternehmen", "Status", "Unterschrift"], lines[0]);
        Assert.Equal(4, lines.Count);
        Assert.Equal(["1", "Jörg Müller", organisation], lines[1][..3]);
        Assert.Equal(["2", "Ayşe Yılmaz", organisation], lines[2][..3]);
        Assert.Equal(["3", "Erika Mustermann"], lines[3][..2]);
        Assert.Equal("Bestätigt", lines[1][3]);
        Assert.Equal("", lines[1][4]);
    }

    [Fact]
    public async Task Given_two_bookings_When_staff_download_the_xlsx_in_english_Then_excel_reads_every_attendee_under_english_columns()
    {
        using var api = new CatalogApi(host);
        var (session, organisation) = await SessionWithAttendeesAsync(api);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/catalog/sessions/{session}/attendance.xlsx");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["No.", "Name", "Organisation", "Status", "Signature"], rows[0].Keys);
        Assert.Equal(["Jörg Müller", "Ayşe Yılmaz", "Erika Mustermann"], rows.Select(r => r["Name"]?.ToString()));
        Assert.Equal(organisation, rows[0]["Organisation"]?.ToString());
    }

    [Fact]
    public async Task The_attendance_list_is_not_found_for_partner_staff_of_another_center_and_forbidden_for_members()
    {
        using var api = new CatalogApi(host);
        var (session, _) = await SessionWithAttendeesAsync(api);
        var partner = await host.CreateUserAsync(Roles.PartnerStaff, "Partnerzentrum Süd");
        var member = await host.CreateOrganisationAdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await partner.Client.GetAsync($"/api/catalog/sessions/{session}/attendance.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync($"/api/catalog/sessions/{session}/attendance.xlsx")).StatusCode);
    }
}
