using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Security.Tests;

/// <summary>A host whose uploaded media go to a temporary folder of its own.</summary>
public sealed class ConcurrencyHost : HostFixture
{
    private readonly string _storage = Path.Combine(Path.GetTempPath(), "kz-concurrency-" + Guid.NewGuid().ToString("N"));

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Modules:media:StoragePath"] = _storage };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_storage))
        {
            Directory.Delete(_storage, recursive: true);
        }
    }
}

/// <summary>
/// Concurrent writes to one stream never answer 5xx, in any module: where the outcome does not depend on what the
/// caller saw the write is retried on fresh state and succeeds, else it answers 409/412 with problem details.
/// </summary>
public sealed partial class ConcurrencyTests(ConcurrencyHost host) : IClassFixture<ConcurrencyHost>
{
    private const int Parallel = 12;

    private sealed record Created(Guid Id);

    private sealed record Question(string Id, string Kind);

    private sealed record QuestionSet(int Id, List<Question> Questions);

    [Fact]
    public async Task Twelve_concurrent_wrong_sign_ins_on_one_account_answer_401_or_403_and_never_5xx()
    {
        var user = await host.CreateUserAsync();
        var answers = await Concurrently.SendAsync(Parallel, _ =>
            host.CreateClient().PostAsJsonAsync("/api/organisations/accounts/sign-in", new { email = user.Email, password = "Falsch-Falsch-1" }));
        Concurrently.All(answers, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Concurrent_research_consent_changes_all_succeed()
    {
        var user = await host.CreateUserAsync();
        var answers = await Concurrently.SendAsync(Parallel, i =>
            user.Client.PutAsJsonAsync("/api/organisations/accounts/me/research-consent", new { consent = i % 2 == 0 }));
        Concurrently.All(answers, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Concurrent_changes_of_one_organisation_answer_204_or_412()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var answers = await Concurrently.SendAsync(Parallel, i => admin.Client.PutAsJsonAsync($"/api/organisations/{admin.OrganisationId}",
            new { name = $"Muster GmbH {i}", kind = "sme", industry = "C", sizeClass = "small", federalState = "BB", postcode = "14467" }));
        Concurrently.All(answers, HttpStatusCode.NoContent, HttpStatusCode.PreconditionFailed);
        Assert.Contains(answers, a => a.Status == HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Concurrent_invitations_to_one_organisation_all_succeed()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var answers = await Concurrently.SendAsync(Parallel, i =>
            admin.Client.PostAsJsonAsync($"/api/organisations/{admin.OrganisationId}/invitations", new { email = $"kollegin-{i}@example.org" }));
        Concurrently.All(answers, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Concurrent_role_grants_to_one_account_all_succeed()
    {
        var user = await host.CreateUserAsync();
        using var admin = host.CreateAdminClient();
        var answers = await Concurrently.SendAsync(Parallel, i =>
            admin.PostAsJsonAsync($"/api/organisations/accounts/{user.AccountId}/roles", new { role = i % 2 == 0 ? "analyst" : "center-staff" }));
        Concurrently.All(answers, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Concurrent_maturity_checks_of_one_organisation_answer_201_or_409()
    {
        var admin = await host.CreateOrganisationAdminAsync();
        var set = (await admin.Client.GetFromJsonAsync<QuestionSet>("/api/organisations/maturity/question-sets/current"))!;
        var answers = set.Questions.ToDictionary(q => q.Id,
            q => q.Kind == "dimension" ? 2 : q.Kind.StartsWith("topic", StringComparison.Ordinal) ? 3 : 0);
        var results = await Concurrently.SendAsync(Parallel, _ =>
            admin.Client.PostAsJsonAsync($"/api/organisations/{admin.OrganisationId}/maturity/checks", new { version = set.Id, answers }));
        Concurrently.All(results, HttpStatusCode.Created, HttpStatusCode.Conflict);
        Assert.Contains(results, a => a.Status == HttpStatusCode.Created);
    }

    [Fact]
    public async Task Concurrent_archiving_of_one_offering_answers_200_409_or_412()
    {
        using var staff = host.CreateAdminClient();
        var offering = await OfferingAsync(staff);
        var answers = await Concurrently.SendAsync(Parallel, _ => staff.PostAsync($"/api/catalog/offerings/{offering}/archive", null));
        Concurrently.All(answers, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Concurrent_bookings_of_one_session_all_succeed()
    {
        using var staff = host.CreateAdminClient();
        var session = await SessionAsync(staff, await OfferingAsync(staff));
        var answers = await Concurrently.SendAsync(Parallel, _ => staff.PostAsJsonAsync($"/api/catalog/sessions/{session}/bookings",
            new { organisationId = Guid.NewGuid(), attendees = new[] { new { name = "Erika Mustermann" } } }));
        Concurrently.All(answers, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Concurrent_saves_of_one_consultation_expert_all_succeed()
    {
        var expert = await host.CreateUserAsync();
        using var staff = host.CreateAdminClient();
        var answers = await Concurrently.SendAsync(Parallel, i => staff.PutAsJsonAsync($"/api/consultations/experts/{expert.AccountId}", new
        {
            tags = new[] { "vision" },
            windows = new[] { new { day = "monday", from = "09:00", to = $"{12 + (i % 4)}:00" } },
            slotMinutes = 60,
        }));
        Concurrently.All(answers, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_changes_of_one_sprint_all_succeed()
    {
        var sme = await host.CreateOrganisationAdminAsync();
        using var staff = host.CreateAdminClient();
        var offering = await CatalogSetup.PublishedSprintOfferingAsync(staff);
        var period = await IdAsync(await staff.PostAsJsonAsync("/api/sprints/periods",
            new { name = "2026", startsOn = "2026-01-01", endsOn = "2026-12-31", capacity = 5 }));
        var application = await IdAsync(await sme.Client.PostAsJsonAsync($"/api/sprints/organisations/{sme.OrganisationId}/applications",
            new { offeringId = offering, motivation = "Weniger Aufträge.", goals = "Ein zweites Standbein.", availability = "Dienstags" }));
        var engagement = await IdAsync(await staff.PostAsJsonAsync($"/api/sprints/applications/{application}/accept",
            new { periodId = period, reason = "Passt.", startsOn = DateOnly.FromDateTime(DateTime.UtcNow), weeks = 8 }));

        var answers = await Concurrently.SendAsync(Parallel, i =>
            staff.PostAsJsonAsync($"/api/sprints/engagements/{engagement}/team",
                new { side = "staff", name = $"Beraterin {i}", email = (string?)null }));
        Concurrently.All(answers, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Concurrent_media_progress_and_plays_of_one_item_never_answer_5xx()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var episode = await EpisodeAsync();
        var progress = await Concurrently.SendAsync(Parallel, i =>
            member.Client.PostAsJsonAsync($"/api/media/progress/{episode}", new { positionSeconds = 60 + (i * 10), sharePlayed = 0.1 }));
        Concurrently.All(progress, HttpStatusCode.Accepted);

        using var anonymous = host.CreateClient();
        var plays = await Concurrently.SendAsync(Parallel, _ => anonymous.PostAsync($"/api/media/plays/{episode}", null));
        Concurrently.All(plays, HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Concurrent_saves_and_matching_switches_of_one_networking_profile_all_succeed()
    {
        using var staff = host.CreateAdminClient();
        var organisation = Guid.NewGuid();
        var saves = await Concurrently.SendAsync(Parallel, i => staff.PutAsJsonAsync($"/api/networking/smes/{organisation}", new
        {
            name = $"KMU {i}",
            challengeTopics = new[] { "cloud" },
            problemStatements = new[] { "Unsere Auftragsdaten liegen verstreut." },
            industry = "C",
            federalState = "BE",
            postcode = "10115",
            maturityLevel = "Entdecker",
            contact = new { name = "Frau Kmu", email = "kmu@example.org", phone = "+49 30 555" },
        }));
        Concurrently.All(saves, HttpStatusCode.Created, HttpStatusCode.OK);
        Assert.Single(saves, a => a.Status == HttpStatusCode.Created);

        var switches = await Concurrently.SendAsync(Parallel, i =>
            staff.PutAsJsonAsync($"/api/networking/smes/{organisation}/matching", new { optedIn = i % 2 == 0 }));
        Concurrently.All(switches, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_answers_to_one_research_survey_all_succeed()
    {
        var member = await host.CreateOrganisationAdminAsync();
        using var staff = host.CreateAdminClient();
        var offering = await OfferingAsync(staff);
        await using (var session = host.Factory.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Events.StartStream(Guid.CreateVersion7(), new ParticipationCompleted(Guid.CreateVersion7(), null, offering, "experience-tour",
                ["automatisierung"], member.OrganisationId!.Value, DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        var mail = await Eventually.Get(
            async () => (await host.MailsToAsync(member.Email)).FirstOrDefault(m => m.Category == "research.feedback-survey"),
            _ => true, TimeSpan.FromSeconds(60));
        var token = SurveyLink().Match(mail.TextBody).Groups[1].Value;

        using var anonymous = host.CreateClient();
        var answers = await Concurrently.SendAsync(Parallel, _ =>
            anonymous.PostAsJsonAsync($"/api/research/surveys/{token}", new { satisfaction = 4, usefulness = 5, recommendation = 9 }));
        Concurrently.All(answers, HttpStatusCode.OK);
    }

    private static async Task<Guid> OfferingAsync(HttpClient staff) =>
        await CatalogSetup.PublishedOfferingAsync(staff, "experience-tour", "Programm " + Guid.NewGuid().ToString("N")[..6],
            ("Erlebnistour", "Experience tour"), ("Besuch in der Fabrik.", "A factory visit."), ["automatisierung"]);

    private static async Task<Guid> SessionAsync(HttpClient staff, Guid offering) =>
        await IdAsync(await staff.PostAsJsonAsync($"/api/catalog/offerings/{offering}/sessions",
            new { startsAt = DateTimeOffset.UtcNow.AddDays(14), endsAt = DateTimeOffset.UtcNow.AddDays(14).AddHours(3), capacity = 50 }));

    private async Task<Guid> EpisodeAsync()
    {
        using var staff = host.CreateAdminClient();
        var slug = "podcast-" + Guid.NewGuid().ToString("N")[..8];
        await IdAsync(await staff.PostAsJsonAsync("/api/media/podcasts", new
        {
            slug,
            title = "Smarter Mittelstand",
            description = "Der Podcast des Kompetenzzentrums.",
            language = "de",
            author = "Kompetenzzentrum",
            category = "Business",
            @explicit = false,
            imageFileId = await UploadAsync(staff,
                [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], "image/png"),
        }));
        return await IdAsync(await staff.PostAsJsonAsync($"/api/media/podcasts/{slug}/episodes", new
        {
            title = "Folge 1",
            description = "Wie ein Maschinenbauer KI einsetzt.",
            audioFileId = await UploadAsync(staff, [.. "ID3"u8.ToArray(), .. new byte[300]], "audio/mpeg"),
            durationSeconds = 600,
            topics = new[] { "ki" },
        }));
    }

    private static async Task<Guid> UploadAsync(HttpClient staff, byte[] content, string contentType)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await IdAsync(await staff.PostAsync("/api/media/files", body));
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<Created>(body, HostFixture.Json)!.Id;
    }

    [GeneratedRegex("/umfrage/([A-Za-z0-9_-]+)")]
    private static partial Regex SurveyLink();
}
