using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Research.Tests;

/// <summary>
/// A staff override of the needs report passes its test render with the sample and can still fail with real
/// figures: the report then answers 422 with the problem in the request's language, not a 500.
/// </summary>
public sealed class ReportTemplateTests(HostFixture host) : IClassFixture<HostFixture>
{
    // Runs past the sandbox's loop limit only for a period without segments; the sample has one.
    private const string FailsWithoutSegments = "{{ if (array.size segments) == 0 }}{{ for i in 1..100000 }}.{{ end }}{{ end }}Bericht";

    [Theory]
    [InlineData("en", "The report template could not be rendered.")]
    [InlineData("de", "Die Berichtsvorlage konnte nicht gerendert werden.")]
    public async Task Given_an_override_that_fails_on_real_figures_When_the_report_is_rendered_Then_422_in_the_request_language(
        string language, string title)
    {
        using var staff = host.CreateAdminClient();
        Assert.Equal(HttpStatusCode.OK,
            (await staff.PutAsJsonAsync("/api/templates/research.needs-report/de", new { source = FailsWithoutSegments })).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/research/reports/needs?from=2020-01-01&to=2020-01-31&language=de")
        {
            Headers = { AcceptLanguage = { new(language) } },
        };

        var problem = await HttpAnswers.Problem(await staff.SendAsync(request), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(title, problem.GetProperty("title").GetString());
    }
}
