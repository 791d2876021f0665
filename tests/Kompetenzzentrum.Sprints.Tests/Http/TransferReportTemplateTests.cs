using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Sprints.Tests.Http;

/// <summary>
/// A staff override of the transfer report passes its test render with the sample and can still fail with a real
/// engagement: the report then answers 422 with the problem in the request's language, not a 500.
/// </summary>
[Collection(SprintHost.Name)]
public sealed class TransferReportTemplateTests(ClockedHostFixture host)
{
    // Runs past the sandbox's loop limit only for an engagement without a roadmap; the sample has one.
    private const string FailsWithoutRoadmap = "{{ if (array.size roadmap) == 0 }}{{ for i in 1..100000 }}.{{ end }}{{ end }}Bericht";

    [Fact]
    public async Task Given_an_override_that_fails_on_real_figures_When_the_report_is_asked_for_Then_422_with_the_title_in_its_language()
    {
        using var api = await SprintApi.CreateAsync(host);
        var engagement = await api.EngagementAsync(await host.CreateOrganisationAdminAsync());
        const string Template = "/api/templates/sprints.transfer-report/de";
        var saved = await api.Staff.PutAsJsonAsync(Template, new { source = FailsWithoutRoadmap });
        try
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            using var inEnglish = new HttpRequestMessage(HttpMethod.Get, $"/api/sprints/engagements/{engagement}/report?language=de")
            {
                Headers = { AcceptLanguage = { new("en") } },
            };
            using var inGerman = new HttpRequestMessage(HttpMethod.Get, $"/api/sprints/engagements/{engagement}/report?language=de")
            {
                Headers = { AcceptLanguage = { new("de") } },
            };

            var english = await HttpAnswers.Problem(await api.Staff.SendAsync(inEnglish), HttpStatusCode.UnprocessableEntity);
            var german = await HttpAnswers.Problem(await api.Staff.SendAsync(inGerman), HttpStatusCode.UnprocessableEntity);

            Assert.Equal("The report template could not be rendered.", english.GetProperty("title").GetString());
            Assert.Equal("Die Berichtsvorlage konnte nicht gerendert werden.", german.GetProperty("title").GetString());
        }
        finally
        {
            Assert.True((await api.Staff.DeleteAsync(Template)).IsSuccessStatusCode);
        }
    }
}
