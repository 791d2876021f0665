using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>Script smuggled into a page or a report must not run as the person who looks at it.</summary>
public sealed class HtmlHardeningTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string TransferReport = "sprints.transfer-report";

    [Fact]
    public async Task Pages_allow_only_the_site_own_scripts_are_never_framed_and_nothing_is_sniffed()
    {
        using var anonymous = host.CreateClient();
        using var missing = new HttpRequestMessage(HttpMethod.Get, "/gibt-es-nicht");
        missing.Headers.Add("Accept", "text/html");

        foreach (var page in new[] { await anonymous.GetAsync("/"), await anonymous.SendAsync(missing) })
        {
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            var policy = Header(page, "Content-Security-Policy");
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Header(page, "X-Content-Type-Options"));
            Assert.NotEmpty(Header(page, "Referrer-Policy"));
            var html = await page.Content.ReadAsStringAsync();
            Assert.DoesNotContain("style=\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        }
        var json = await anonymous.GetAsync("/api/modules");
        Assert.Equal("nosniff", Header(json, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task The_API_reference_runs_only_the_script_that_carries_this_answer_nonce()
    {
        using var anonymous = host.CreateClient();

        var page = await anonymous.GetAsync("/scalar");

        var policy = Header(page, "Content-Security-Policy");
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_with_a_script_cannot_grant_a_role_when_an_administrator_opens_the_report()
    {
        using var admin = host.CreateAdminClient();
        var sme = await host.CreateOrganisationAdminAsync();
        var engagement = await EngagementAsync(admin, sme);
        // The SME writes markup into its canvas; a template author prints it without html.escape and adds a
        // script that would make the SME's account a platform administrator with the viewer's session.
        (await sme.Client.PutAsJsonAsync($"/api/sprints/engagements/{engagement}/canvas/as-is",
            new { blocks = new { channels = new[] { "<img src=x onerror=alert(1)>Katalog" } } })).EnsureSuccessStatusCode();
        var script = $$"""<script>fetch('/api/organisations/accounts/{{sme.AccountId}}/roles', {method: 'POST', credentials: 'include', """
            + """headers: {'Content-Type': 'application/json'}, body: '{"role":"platform-admin"}'})</script>""";
        var saved = await admin.PutAsJsonAsync($"/api/templates/{TransferReport}/de", new
        {
            source = "<!DOCTYPE html><html><body>" + script
                + "{{ for b in canvas }}{{ for i in b.before }}<p>{{ i }}</p>{{ end }}{{ end }}</body></html>",
        });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        try
        {
            var report = await admin.GetAsync($"/api/sprints/engagements/{engagement}/report");

            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            var policy = Header(report, "Content-Security-Policy");
            Assert.StartsWith("sandbox", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("allow-scripts", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("allow-same-origin", policy, StringComparison.Ordinal);
            var html = await report.Content.ReadAsStringAsync();
            Assert.Contains("<p>&lt;img src=x onerror=alert(1)&gt;Katalog</p>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);

            // Even run by a browser on this site with the administrator's cookie, the script's request lacks
            // the antiforgery token and is refused.
            using var browser = await host.CookieClientAsync(TestUsers.AdminEmail);
            var forged = await browser.PostAsJsonAsync($"/api/organisations/accounts/{sme.AccountId}/roles", new { role = "platform-admin" });
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            var me = await sme.Client.GetFromJsonAsync<SecurityClients.Me>("/api/organisations/accounts/me");
            Assert.DoesNotContain("platform-admin", me!.Roles);
        }
        finally
        {
            await admin.DeleteAsync($"/api/templates/{TransferReport}/de");
        }
    }

    [Fact]
    public async Task The_template_preview_is_sandboxed_too()
    {
        using var admin = host.CreateAdminClient();

        var preview = await admin.PostAsJsonAsync($"/api/templates/{TransferReport}/de/preview",
            new { source = "<script>alert(1)</script>{{ status }}" });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.StartsWith("sandbox", Header(preview, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    private static async Task<Guid> EngagementAsync(HttpClient staff, TestUser sme)
    {
        var offering = await CatalogSetup.PublishedSprintOfferingAsync(staff);
        var period = (await HttpAnswers.Created(await staff.PostAsJsonAsync("/api/sprints/periods",
            new { name = "2026", startsOn = "2026-01-01", endsOn = "2027-12-31", capacity = 5 }))).GetProperty("id").GetGuid();
        var application = (await HttpAnswers.Created(await sme.Client.PostAsJsonAsync($"/api/sprints/organisations/{sme.OrganisationId}/applications",
            new { offeringId = offering, motivation = "Neue Kunden", goals = "Ein Webshop", availability = "dienstags" })))
            .GetProperty("id").GetGuid();
        return (await HttpAnswers.Created(await staff.PostAsJsonAsync($"/api/sprints/applications/{application}/accept",
            new { periodId = period, reason = "Passt.", startsOn = DateOnly.FromDateTime(DateTime.UtcNow), weeks = 8 }))).GetProperty("id").GetGuid();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
