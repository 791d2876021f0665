using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kompetenzzentrum.Host.Plugins;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>
/// Erasure (GDPR Art. 17) reaches every store: after a person or an organisation is erased, none of what they
/// or others typed about them is left in any column of any table, and an erased organisation takes no further
/// part in networking, also after the projections are rebuilt.
/// </summary>
public sealed class ErasureTests(HostFixture host) : IClassFixture<HostFixture>
{
    private sealed record Created(Guid Id);

    private sealed record BookingAnswer(Guid BookingId, IReadOnlyList<string> Attendees);

    private sealed record SmeProposal(Guid SmeId, string Name);

    private sealed record IntroductionContact(string Name, string Email, string? Phone);

    private sealed record IntroductionSeen(Guid IntroductionId, string Status, IntroductionContact? Contact);

    private sealed record AccountSeen(Guid Id);

    private sealed record SignedIn(string AccessToken);

    [Fact]
    public async Task Erasing_a_member_and_then_their_organisation_leaves_none_of_their_data_in_any_column_and_the_organisation_leaves_the_network()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var data = new
        {
            OrganisationName = $"Geheimwerk Loeffler {marker}",
            ContactName = $"Gundula Kontaktfrau {marker}",
            ContactEmail = $"kontakt-{marker}@geheimwerk.example",
            ContactPhone = $"0355 4711 {marker[..4]}",
            ProblemStatement = $"Unsere Lagerliste {marker} liegt auf Zetteln",
            DeclineReason = $"Passt nicht zu Werk {marker} wegen Budget",
            OutcomeReason = $"Kein Fit fuer Projekt {marker} in Halle 3",
            Attendee = $"Bertram Gastname {marker}",
            BookingContact = $"buchung-{marker}@geheimwerk.example",
        };
        var colleagueName = $"Cornelia Kollegin {marker}";
        using var staff = host.CreateAdminClient();
        var admin = await host.CreateOrganisationAdminAsync(data.OrganisationName);
        var organisation = admin.OrganisationId!.Value;
        var colleague = await JoinAsync(admin, colleagueName);

        // Networking: the organisation's SME profile; three startups it meets, and one it has not met yet.
        await Send(admin.Client.PutAsJsonAsync($"/api/networking/smes/{organisation}", new
        {
            name = data.OrganisationName,
            challengeTopics = new[] { "daten" },
            problemStatements = new[] { data.ProblemStatement },
            industry = "C",
            federalState = "BB",
            postcode = "14467",
            maturityLevel = "Entdecker",
            contact = new { name = data.ContactName, email = data.ContactEmail, phone = data.ContactPhone },
        }), HttpStatusCode.Created);
        var waiting = await StartupAsync(staff, "Wartewerk");
        var met = await StartupAsync(staff, "Triffwerk");
        var declined = await StartupAsync(staff, "Neinwerk");
        var unmet = await StartupAsync(staff, "Spaeterwerk");
        await IntroduceAsync(staff, organisation, waiting);
        var meeting = await IntroduceAsync(staff, organisation, met);
        await Send(admin.Client.PostAsync(Side(organisation, meeting, "accept"), null));
        var connected = await Read<IntroductionSeen>(staff.PostAsync(Side(met, meeting, "accept"), null));
        Assert.Equal(data.ContactEmail, connected.Contact?.Email);
        await Send(admin.Client.PostAsJsonAsync(Side(organisation, meeting, "meeting"), new { heldOn = "2026-03-02" }));
        await Send(admin.Client.PostAsJsonAsync(Side(organisation, meeting, "outcome"), new { outcome = "NoFit", reason = data.OutcomeReason }));
        var no = await IntroduceAsync(staff, organisation, declined);
        await Send(admin.Client.PostAsJsonAsync(Side(organisation, no, "decline"), new { reason = data.DeclineReason }));

        // Catalog: an idempotent single booking naming the colleague and a guest, and an idempotent package booking,
        // both mailed to a contact address that is no account's, in a confirmation staff changed to list who comes.
        await Send(staff.PutAsJsonAsync("/api/templates/catalog.booking-confirmed/de",
            new { source = "Bestätigt: {{ title }} für {{ for a in attendees }}{{ a }}, {{ end }}am {{ starts }}." }));
        var offering = await CatalogSetup.PublishedOfferingAsync(staff, "experience-tour", "Erasure " + marker, ("Werkstour", "Works tour"),
            ("Ein Rundgang.", "A walk round."), ["automatisierung"]);
        var first = await SessionAsync(staff, offering, 10);
        var second = await SessionAsync(staff, offering, 20);
        var attendees = new[] { new { name = colleagueName }, new { name = data.Attendee } };
        var booking = await Read<BookingAnswer>(Keyed(admin.Client, $"/api/catalog/sessions/{first}/bookings", "erasure-" + marker,
            new { attendees, contactEmail = data.BookingContact }), HttpStatusCode.Created);
        Assert.Contains(colleagueName, booking.Attendees);
        await Send(Keyed(admin.Client, "/api/catalog/package-bookings", "erasure-package-" + marker,
            new { attendees, sessionIds = new[] { second }, contactEmail = data.BookingContact }), HttpStatusCode.Created);
        await Eventually.Get<IReadOnlyList<SentMail>>(async () => await host.MailsToAsync(data.BookingContact),
            mails => mails.Count >= 2 && mails.Any(m => m.TextBody.Contains(colleagueName, StringComparison.Ordinal)));

        // The colleague alone is erased: their name goes from the attendee lists, the stored answers and the mails.
        Assert.NotEmpty(await host.WhereStoredAsync(colleagueName));
        await Send(admin.Client.DeleteAsync($"/api/organisations/accounts/{colleague.AccountId}"), HttpStatusCode.NoContent);
        Assert.Empty(await host.WhereStoredAsync(colleagueName));
        Assert.Empty(await host.WhereStoredAsync(colleague.Email));
        var kept = await Read<BookingAnswer>(admin.Client.GetAsync($"/api/catalog/sessions/{first}/bookings/{booking.BookingId}"));
        Assert.Equal(2, kept.Attendees.Count);
        Assert.Contains(data.Attendee, kept.Attendees);

        // Before the organisation's erasure, it is proposed to a startup and everything about it is stored.
        Assert.Contains(organisation,
            (await Read<List<SmeProposal>>(staff.GetAsync($"/api/networking/startups/{unmet}/proposals"))).Select(p => p.SmeId));
        foreach (var text in Texts(data))
        {
            Assert.NotEmpty(await host.WhereStoredAsync(text));
        }

        await Send(admin.Client.DeleteAsync($"/api/organisations/{organisation}"), HttpStatusCode.NoContent);

        await AssertGoneAsync(data, admin.Email, organisation, unmet, met, meeting, staff);
        await RebuildAsync(
            "Kompetenzzentrum.Modules.Networking.Profiles.SmeProfileProjection",
            "Kompetenzzentrum.Modules.Networking.Profiles.StartupProfileProjection",
            "Kompetenzzentrum.Modules.Networking.Introductions.IntroductionProjection",
            "Kompetenzzentrum.Modules.Networking.Privacy.ErasedNetworkOrganisationProjection");
        await AssertGoneAsync(data, admin.Email, organisation, unmet, met, meeting, staff);
    }

    private async Task AssertGoneAsync(object data, string adminEmail, Guid organisation, Guid unmet, Guid met, Guid meeting, HttpClient staff)
    {
        foreach (var text in Texts(data).Append(adminEmail))
        {
            var places = await host.WhereStoredAsync(text);
            Assert.True(places.Count == 0, $"\"{text}\" is still stored in {string.Join(", ", places)}");
        }
        Assert.DoesNotContain(organisation,
            (await Read<List<SmeProposal>>(staff.GetAsync($"/api/networking/startups/{unmet}/proposals"))).Select(p => p.SmeId));
        var proposal = await staff.PostAsJsonAsync("/api/networking/introductions", new { smeId = organisation, startupId = unmet });
        Assert.True(proposal.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict,
            $"{(int)proposal.StatusCode}: {await proposal.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", proposal.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/networking/smes/{organisation}")).StatusCode);
        // The startup that met it sees the introduction closed, without the contact it was once shown.
        var seen = await Read<IntroductionSeen>(staff.GetAsync(Side(met, meeting)));
        Assert.Equal("closed", seen.Status);
        Assert.Null(seen.Contact);
    }

    private static IEnumerable<string> Texts(object data) =>
        data.GetType().GetProperties().Select(p => (string)p.GetValue(data)!);

    /// <summary>A person with this display name who accepted an invitation of the admin's organisation.</summary>
    private async Task<TestUser> JoinAsync(TestUser admin, string displayName)
    {
        var email = $"kollegin-{Guid.NewGuid():N}@example.org";
        using var anonymous = host.CreateClient();
        // Registration answers 202 without a body whether or not the address is known; the id comes from /me.
        await Send(anonymous.PostAsJsonAsync("/api/organisations/accounts",
            new { email, password = TestUsers.Password, displayName, acceptTerms = true, researchConsent = true }), HttpStatusCode.Accepted);
        var code = await host.LatestCodeAsync(email, "account.confirm-email");
        await Send(anonymous.PostAsJsonAsync("/api/organisations/accounts/confirm-email", new { email, token = code }));
        var client = host.CreateClient();
        var signedIn = await Read<SignedIn>(client.PostAsJsonAsync("/api/organisations/accounts/sign-in",
            new { email, password = TestUsers.Password }));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.AccessToken);
        var account = await Read<AccountSeen>(client.GetAsync("/api/organisations/accounts/me"));
        await Send(admin.Client.PostAsJsonAsync($"/api/organisations/{admin.OrganisationId}/invitations", new { email }));
        var invitation = await host.LatestCodeAsync(email, "organisation.invitation");
        await Send(client.PostAsJsonAsync("/api/organisations/invitations/accept",
            new { organisationId = admin.OrganisationId, token = invitation }));
        return new TestUser(account.Id, email, client, admin.OrganisationId);
    }

    private static async Task<Guid> StartupAsync(HttpClient staff, string name)
    {
        var id = Guid.NewGuid();
        await Send(staff.PutAsJsonAsync($"/api/networking/startups/{id}", new
        {
            name,
            solutionTopics = new[] { "daten" },
            technologies = new[] { "PostgreSQL" },
            solutions = new[] { "Lagerliste digital" },
            references = Array.Empty<string>(),
            stage = "Growth",
            industries = new[] { "C" },
            federalState = "BB",
            postcode = "14469",
            contact = new { name = "Herr " + name, email = name.ToLowerInvariant() + "@startup.example", phone = (string?)null },
        }), HttpStatusCode.Created);
        return id;
    }

    private static async Task<Guid> IntroduceAsync(HttpClient staff, Guid sme, Guid startup) =>
        (await Read<Created>(
            staff.PostAsJsonAsync("/api/networking/introductions", new { smeId = sme, startupId = startup }), HttpStatusCode.Created)).Id;

    private static string Side(Guid organisation, Guid introduction, string? action = null) =>
        $"/api/networking/organisations/{organisation}/introductions/{introduction}" + (action is null ? "" : "/" + action);

    private static async Task<Guid> SessionAsync(HttpClient staff, Guid offering, int days) =>
        (await Read<Created>(staff.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions", new
        {
            startsAt = DateTimeOffset.UtcNow.AddDays(days),
            endsAt = DateTimeOffset.UtcNow.AddDays(days).AddHours(3),
            capacity = 10,
        }), HttpStatusCode.Created)).Id;

    private static Task<HttpResponseMessage> Keyed(HttpClient client, string url, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    /// <summary>Rebuilds projections from the events, as an operator would after a deployment.</summary>
    private async Task RebuildAsync(params string[] projections)
    {
        // This host's copy of the module: other test classes' hosts load their own copies in their own load contexts.
        var module = host.Factory.Services.GetRequiredService<ModuleRegistry>().Loaded
            .Select(m => m.GetType().Assembly).First(a => a.GetName().Name == "Kompetenzzentrum.Modules.Networking");
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var projection in projections)
        {
            await daemon.RebuildProjectionAsync(module.GetType(projection, throwOnError: true)!, TimeSpan.FromMinutes(1), CancellationToken.None);
        }
    }

    /// <summary>Sends and checks the status: the one expected, or any success.</summary>
    private static async Task Send(Task<HttpResponseMessage> pending, HttpStatusCode? expected = null)
    {
        using var response = await pending;
        Assert.True(expected is { } status ? response.StatusCode == status : response.IsSuccessStatusCode,
            $"expected {(int?)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<T> Read<T>(Task<HttpResponseMessage> pending, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await pending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<T>(body, HostFixture.Json)!;
    }
}
