using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Research.Tests;

/// <summary>
/// A host with interactions driven through the catalog API: three organisations book an offering about
/// "automatisierung" and "ki", two book one about "daten", and two more (of the same industry, size and state) one
/// about "cloud", so that the five share a segment class analysts may see (k = 5). Every organisation here consented
/// to research (its members did, at registration). Analysts read them through a personal access token.
/// </summary>
public sealed class ResearchFixture : HostFixture
{
    /// <summary>The program of the fixture's offerings (targets 100 organisations, 300 participations, 80 % satisfied).</summary>
    public Guid Program { get; private set; }

    public Guid AutomationOffering { get; private set; }
    public Guid DataOffering { get; private set; }
    public List<TestUser> Organisations { get; } = [];
    public HttpClient Analyst { get; private set; } = null!;

    /// <summary>The contact address research mails for each organisation (stands in for the organisations module).</summary>
    public FakeOrganisationContacts Contacts { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IOrganisationContacts>(Contacts);

    public IDocumentStore Store => Factory.Services.GetRequiredService<IDocumentStore>();

    public Guid AutomationSession { get; private set; }

    private static readonly System.Text.RegularExpressions.Regex SurveyLink = new("/umfrage/([A-Za-z0-9_-]+)");

    /// <summary>
    /// Completes a participation as the catalog would and returns the token of the survey mailed for it; the organisation
    /// has consented to research (only those are surveyed).
    /// </summary>
    public async Task<string> CompleteAsync(
        Guid organisationId, string email, Guid offering, string offeringType, string[] topics, string language = "de")
    {
        Contacts.Add(organisationId, email, language);
        await ConsentAsync(organisationId);
        var before = (await this.MailsToAsync(email)).Count(m => m.Category == "research.feedback-survey");
        await AppendAsync(new Contracts.Catalog.ParticipationCompleted(
            Guid.CreateVersion7(), null, offering, offeringType, topics, organisationId, DateTimeOffset.UtcNow));
        var mails = await Eventually.Get(
            async () => (await this.MailsToAsync(email)).Where(m => m.Category == "research.feedback-survey").ToList(),
            found => found.Count > before);
        return SurveyLink.Match(mails[^1].TextBody).Groups[1].Value;
    }

    /// <summary>The organisations' members all consented to research, as the organisations module announces it.</summary>
    public Task ConsentAsync(params Guid[] organisations) =>
        AppendAsync([.. organisations.Select(o => new OrganisationResearchConsentChanged(o, true, DateTimeOffset.UtcNow))]);

    /// <summary>Appends events as another module would.</summary>
    public async Task AppendAsync(params object[] events)
    {
        await using var session = Store.LightweightSession();
        session.Events.StartStream(Guid.CreateVersion7(), events);
        await session.SaveChangesAsync();
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var admin = this.CreateAdminClient();
        var program = await CreatedIdAsync(await admin.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Forschungsprogramm",
            starts = "2026-01-01",
            ends = "2027-12-31",
            responsibleStaff = "Team Test",
            targets = new { organisationsReached = 100, participations = 300, satisfaction = 80 },
        }));
        Program = program;
        AutomationOffering = await PublishedOfferingAsync(admin, program, ["automatisierung", "ki"]);
        DataOffering = await PublishedOfferingAsync(admin, program, ["daten"]);
        var cloudOffering = await PublishedOfferingAsync(admin, program, ["cloud"]);
        var automationSession = AutomationSession = await SessionAsync(admin, AutomationOffering);
        var dataSession = await SessionAsync(admin, DataOffering);
        var cloudSession = await SessionAsync(admin, cloudOffering);
        for (var i = 0; i < 5; i++)
        {
            var organisation = await this.CreateOrganisationAdminAsync("Geheim GmbH " + i);
            Organisations.Add(organisation);
            Contacts.Add(organisation.OrganisationId!.Value, organisation.Email);
            if (i >= 3)
            {
                await BookAsync(admin, cloudSession, organisation.OrganisationId!.Value);
                continue;
            }
            await BookAsync(admin, automationSession, organisation.OrganisationId!.Value);
            if (i < 2)
            {
                await BookAsync(admin, dataSession, organisation.OrganisationId!.Value);
            }
        }

        var analyst = await this.CreateUserAsync(Roles.Analyst);
        var token = await analyst.Client.PostAsJsonAsync(
            "/api/organisations/tokens", new { name = "Power BI", scopes = new[] { "odata:read" }, expiresInDays = 30 });
        token.EnsureSuccessStatusCode();
        var secret = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        Analyst = CreateClient();
        Analyst.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("analyst:" + secret)));
    }

    public override async Task DisposeAsync()
    {
        Analyst.Dispose();
        await base.DisposeAsync();
    }

    private static async Task<Guid> PublishedOfferingAsync(HttpClient admin, Guid programId, string[] topics)
    {
        var id = await CreatedIdAsync(await admin.PostAsJsonAsync("/api/catalog/offerings", new
        {
            programId,
            offeringType = "experience-tour",
            title = new { de = "Erlebnistour", en = "Experience tour" },
            description = new { de = "Besuch in der Fabrik.", en = "A factory visit." },
            topics,
            suitableFrom = "Einsteiger",
            suitableTo = "Gestalter",
            format = "on-site",
            place = "Cottbus",
            language = "de",
            cancellationDeadlineHours = 24,
        }));
        (await admin.PostAsync($"/api/catalog/offerings/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<Guid> SessionAsync(HttpClient admin, Guid offeringId) =>
        await CreatedIdAsync(await admin.PostAsJsonAsync($"/api/catalog/offerings/{offeringId}/sessions", new
        {
            startsAt = DateTimeOffset.UtcNow.AddDays(14),
            endsAt = DateTimeOffset.UtcNow.AddDays(14).AddHours(3),
            capacity = 20,
        }));

    public static async Task BookAsync(HttpClient admin, Guid sessionId, Guid organisationId)
    {
        var response = await admin.PostAsJsonAsync($"/api/catalog/sessions/{sessionId}/bookings",
            new { organisationId, attendees = new[] { new { name = "Erika Mustermann" } } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}

public sealed class FakeOrganisationContacts : IOrganisationContacts
{
    private readonly ConcurrentDictionary<Guid, (string Email, string Language)> _emails = new();

    public void Add(Guid organisationId, string email, string language = "de") => _emails[organisationId] = (email, language);

    public Task<IReadOnlyList<OrganisationContact>> FindAsync(Guid organisationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OrganisationContact>>(
            _emails.TryGetValue(organisationId, out var contact) ? [new OrganisationContact(contact.Email, contact.Language)] : []);
}
