using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>
/// Audit item 10: nobody learns whether an address has an account. Registration of a known address, sign-in of an
/// unknown address and sign-in to a locked account answer like their harmless twins in status, body and time.
/// Before, a known address answered 409, an unknown one 401 without hashing, a locked account 403 "locked".
/// </summary>
public sealed partial class EnumerationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string WrongPassword = "Falsch-Falsch-1";

    private sealed record Answer(HttpStatusCode Status, string Body);

    private sealed record SignIn(string Email, string Password);

    private sealed record Register(string Email, string Password, string DisplayName, bool AcceptTerms);

    [Fact]
    public async Task Registration_of_a_known_address_answers_exactly_like_a_new_one_and_mails_the_owner()
    {
        var known = await host.CreateUserAsync();

        var fresh = await RegisterAsync(NewAddress());
        var again = await RegisterAsync(known.Email);

        Assert.Equal(HttpStatusCode.Accepted, fresh.Status);
        Assert.Equal(fresh, again);
        Assert.Contains(await host.MailsToAsync(known.Email), m => m.Category == "account.registration-attempt");
    }

    [Fact]
    public async Task Sign_in_of_an_unknown_address_answers_exactly_like_a_wrong_password()
    {
        var user = await host.CreateUserAsync();

        var wrong = await SignInAsync(user.Email, WrongPassword);
        var unknown = await SignInAsync(NewAddress(), WrongPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal(wrong, unknown);
    }

    [Fact]
    public async Task A_locked_account_answers_exactly_like_a_wrong_password_and_its_owner_is_mailed()
    {
        var other = await host.CreateUserAsync();
        var locked = await LockedUserAsync();

        var wrong = await SignInAsync(other.Email, WrongPassword);
        var rightButLocked = await SignInAsync(locked.Email, TestUsers.Password);
        var wrongAndLocked = await SignInAsync(locked.Email, WrongPassword);

        Assert.Equal(wrong, rightButLocked);
        Assert.Equal(wrong, wrongAndLocked);
        await Eventually.Get(async () => await host.MailsToAsync(locked.Email), mails => mails.Any(m => m.Category == "account.locked"));
    }

    [Fact]
    public async Task Sign_in_of_an_unknown_address_or_a_locked_account_takes_as_long_as_a_wrong_password()
    {
        // Three accounts take the wrong passwords in turn, so none of them locks during the measurement.
        var users = new[] { await host.CreateUserAsync(), await host.CreateUserAsync(), await host.CreateUserAsync() };
        var locked = await LockedUserAsync();
        var wrong = new List<double>();
        var unknown = new List<double>();
        var lockedOut = new List<double>();
        for (var i = -2; i < 11; i++) // two warm-up rounds, then eleven measured, interleaved against drift
        {
            var w = await TimeAsync(() => SignInAsync(users[(i + 3) % 3].Email, WrongPassword));
            var u = await TimeAsync(() => SignInAsync(NewAddress(), WrongPassword));
            var l = await TimeAsync(() => SignInAsync(locked.Email, TestUsers.Password));
            if (i >= 0)
            {
                wrong.Add(w);
                unknown.Add(u);
                lockedOut.Add(l);
            }
        }
        // Generous on purpose: without the dummy hash an unknown address answered in a few percent of the time.
        Assert.True(Median(unknown) >= 0.5 * Median(wrong), $"unknown {Median(unknown):F1} ms vs wrong password {Median(wrong):F1} ms");
        Assert.True(Median(lockedOut) >= 0.5 * Median(wrong), $"locked {Median(lockedOut):F1} ms vs wrong password {Median(wrong):F1} ms");
    }

    [Fact]
    public async Task Registration_of_a_known_address_takes_as_long_as_a_new_one()
    {
        var known = await host.CreateUserAsync();
        var fresh = new List<double>();
        var again = new List<double>();
        for (var i = -2; i < 9; i++)
        {
            var f = await TimeAsync(() => RegisterAsync(NewAddress()));
            var a = await TimeAsync(() => RegisterAsync(known.Email));
            if (i >= 0)
            {
                fresh.Add(f);
                again.Add(a);
            }
        }
        Assert.True(Median(again) >= 0.5 * Median(fresh), $"known {Median(again):F1} ms vs new {Median(fresh):F1} ms");
    }

    [Fact]
    public async Task The_sign_in_page_answers_an_unknown_address_and_a_locked_account_like_a_wrong_password()
    {
        var user = await host.CreateUserAsync();
        var locked = await LockedUserAsync();

        var wrong = await PostFormAsync("/anmelden", ("email", user.Email), ("password", WrongPassword));
        var unknown = await PostFormAsync("/anmelden", ("email", NewAddress()), ("password", WrongPassword));
        var lockedOut = await PostFormAsync("/anmelden", ("email", locked.Email), ("password", TestUsers.Password));

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("E-Mail-Adresse oder Passwort ist falsch.", wrong.Body, StringComparison.Ordinal);
        Assert.Equal(wrong, unknown);
        Assert.Equal(wrong, lockedOut);
    }

    [Fact]
    public async Task The_registration_page_answers_a_known_address_like_a_new_one()
    {
        var known = await host.CreateUserAsync();

        var fresh = await PostFormAsync("/registrieren",
            ("displayName", "Erika Muster"), ("email", NewAddress()), ("password", TestUsers.Password), ("acceptTerms", "true"));
        var again = await PostFormAsync("/registrieren",
            ("displayName", "Erika Muster"), ("email", known.Email), ("password", TestUsers.Password), ("acceptTerms", "true"));

        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.Contains("Bestätigungscode", fresh.Body, StringComparison.Ordinal);
        Assert.Equal(fresh, again);
    }

    private async Task<TestUser> LockedUserAsync()
    {
        var user = await host.CreateUserAsync();
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(user.Email, WrongPassword);
        }
        return user;
    }

    private async Task<Answer> SignInAsync(string email, string password)
    {
        using var client = host.CreateClient();
        return await ProblemAsync(await client.PostAsJsonAsync("/api/organisations/accounts/sign-in", new SignIn(email, password)));
    }

    private async Task<Answer> RegisterAsync(string email)
    {
        using var client = host.CreateClient();
        return await ProblemAsync(await client.PostAsJsonAsync("/api/organisations/accounts",
            new Register(email, TestUsers.Password, "Erika Muster", true)));
    }

    // The status and the body, a problem's trace and correlation ids left out (they differ per request by design).
    private static async Task<Answer> ProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (JsonNode.Parse(body is "" ? "null" : body) is JsonObject problem)
        {
            problem.Remove("traceId");
            problem.Remove("correlationId");
            body = problem.ToJsonString();
        }
        return new Answer(response.StatusCode, body);
    }

    // A form posted as a browser would: the page first (antiforgery token and cookie), then the form; redirects followed.
    private async Task<Answer> PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        using var client = host.CreateClient();
        var form = await client.GetStringAsync(path);
        var token = Antiforgery().Match(form).Groups[1].Value;
        var response = await client.PostAsync(path, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));
        // What differs by design: the echoed address and fresh antiforgery tokens.
        var page = FieldValue().Replace(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), "value=\"\"");
        return new Answer(response.StatusCode, EmailInUrl().Replace(page, "email="));
    }

    private static async Task<double> TimeAsync(Func<Task<Answer>> act)
    {
        var watch = Stopwatch.StartNew();
        await act();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string NewAddress() => $"niemand-{Guid.NewGuid():N}@example.org";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex FieldValue();

    [GeneratedRegex("email(=|%3D)[^\"&\\s]*")]
    private static partial Regex EmailInUrl();
}
