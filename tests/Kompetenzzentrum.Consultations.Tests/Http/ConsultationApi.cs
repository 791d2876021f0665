using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>Drives the consultations module over HTTP as staff (who pass organisation access for any organisation).</summary>
public sealed class ConsultationApi(HostFixture host) : IDisposable
{
    // A fresh sign-in, not the cached admin token: some tests move the clock past a token's lifetime.
    public HttpClient Client { get; } = host.AdminAsync().GetAwaiter().GetResult();

    public const string Base = "/api/consultations";

    /// <summary>A small questionnaire: a required goal, a camera question shown only for "vision", a required scale, optional text.</summary>
    public static object Questionnaire => new
    {
        questions = new object[]
        {
            new { id = "goal", kind = "single-choice", text = new { de = "Ziel?", en = "Goal?" }, required = true, choices = new object[]
            {
                new { key = "vision", text = new { de = "Bildprüfung", en = "Visual checks" }, tags = new[] { "vision", "quality", "data:images" },
                    topics = new[] { "ki", "automatisierung" } },
                new { key = "docs", text = new { de = "Dokumente", en = "Documents" }, tags = new[] { "documents", "barrier:skills" },
                    topics = new[] { "ki", "prozesse" } },
            } },
            new { id = "camera", kind = "single-choice", text = new { de = "Kamera?", en = "Camera?" }, required = true, choices = new object[]
            {
                new { key = "yes", text = new { de = "Ja", en = "Yes" }, tags = Array.Empty<string>(), topics = Array.Empty<string>() },
                new { key = "no", text = new { de = "Nein", en = "No" }, tags = new[] { "barrier:equipment" }, topics = Array.Empty<string>() },
            }, showWhen = new { questionId = "goal", anyOf = new[] { "vision" } } },
            new { id = "experience", kind = "scale", text = new { de = "Erfahrung?", en = "Experience?" }, required = true, scaleMin = 1,
                scaleMax = 5 },
            new { id = "notes", kind = "free-text", text = new { de = "Notizen", en = "Notes" }, required = false },
        },
    };

    public static object VisionAnswers => new { answers = new { goal = "vision", camera = "yes", experience = 2 } };

    public static object DocsAnswers => new { answers = new { goal = "docs", experience = 4, notes = "Viele Lieferscheine auf Papier." } };

    public async Task PublishQuestionnaireAsync() =>
        Assert.True((await Client.PutAsJsonAsync($"{Base}/questionnaire", Questionnaire)).IsSuccessStatusCode);

    public async Task<Guid> OfferingAsync(int quarterlyLimit = 1, int noticeHours = 24)
    {
        var id = await CatalogSetup.PublishedConsultationOfferingAsync(Client);
        var response = await Client.PutAsJsonAsync($"{Base}/offerings/{id}",
            new
            {
                topics = new[] { "ki" },
                minimumNoticeHours = noticeHours,
                horizonDays = 60,
                quarterlyLimit,
                videoLink = "https://meet.example.org/ki"
            });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>An expert available on working days 09:00-12:00 Berlin time, one-hour slots.</summary>
    public async Task<Guid> ExpertAsync(string[] tags, Guid? accountId = null, string? place = null)
    {
        var account = accountId ?? Guid.NewGuid();
        var days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" };
        var response = await Client.PutAsJsonAsync($"{Base}/experts/{account}", new
        {
            tags,
            place,
            slotMinutes = 60,
            bufferMinutes = 0,
            windows = days.Select(day => new { day, from = "09:00", to = "12:00" }).ToArray(),
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("id").GetGuid();
    }

    /// <summary>Staff add the document-analysis use case (the library is seeded only with demo data).</summary>
    public async Task UseCaseAsync()
    {
        var response = await Client.PostAsJsonAsync($"{Base}/use-cases", new
        {
            key = "document-analysis",
            title = new { de = "Dokumentenanalyse", en = "Document analysis" },
            summary = new { de = "Belege auslesen.", en = "Read documents." },
            topics = new[] { "ki", "prozesse" },
            tags = new[] { "documents", "administration" },
            dataPrerequisites = new[] { "documents" },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string Route(Guid organisationId) => $"{Base}/organisations/{organisationId}/consultations";

    public async Task<Guid> StartAsync(Guid organisationId, Guid offeringId, string? contactEmail = null) =>
        (await HttpAnswers.Created(await Client.PostAsJsonAsync(Route(organisationId), new { offeringId, contactEmail })))
            .GetProperty("id").GetGuid();

    public Task<HttpResponseMessage> AnswerAsync(Guid organisationId, Guid id, object answers) =>
        Client.PutAsJsonAsync($"{Route(organisationId)}/{id}/answers", answers);

    public async Task<Guid> AnsweredAsync(Guid organisationId, Guid offeringId, object? answers = null, string? contactEmail = null)
    {
        var id = await StartAsync(organisationId, offeringId, contactEmail);
        var response = await AnswerAsync(organisationId, id, answers ?? VisionAnswers);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return id;
    }

    public async Task<IReadOnlyList<DateTimeOffset>> SlotsAsync(Guid organisationId, Guid id) =>
        (await Client.GetFromJsonAsync<JsonElement>($"{Route(organisationId)}/{id}/slots", HostFixture.Json)).EnumerateArray()
            .Select(s => s.GetProperty("startsAt").GetDateTimeOffset()).ToList();

    public Task<HttpResponseMessage> BookAsync(Guid organisationId, Guid id, DateTimeOffset startsAt) =>
        Client.PostAsJsonAsync($"{Route(organisationId)}/{id}/booking", new { startsAt });

    public Task<HttpResponseMessage> MoveAsync(Guid organisationId, Guid id, DateTimeOffset startsAt) =>
        Client.PutAsJsonAsync($"{Route(organisationId)}/{id}/booking", new { startsAt });

    public Task<HttpResponseMessage> CancelAsync(Guid organisationId, Guid id) => Client.DeleteAsync($"{Route(organisationId)}/{id}/booking");

    /// <summary>The catalog booking the consultation holds now (the staff view's <c>consultation.bookingId</c>).</summary>
    public async Task<Guid> BookingIdAsync(Guid id) =>
        (await Client.GetFromJsonAsync<JsonElement>($"{Base}/consultations/{id}", HostFixture.Json)).GetProperty("consultation")
            .GetProperty("bookingId").GetGuid();

    /// <summary>The catalog's reminder trigger of a booking (one per booking, group <c>catalog</c>), null when there is none.</summary>
    public async Task<ITrigger?> ReminderTriggerAsync(Guid bookingId)
    {
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTrigger(new TriggerKey($"reminder-{bookingId:N}", "catalog"));
    }

    /// <summary>The reminder trigger of the consultation's booking, once the catalog scheduled it after the commit.</summary>
    public async Task<ITrigger> ReminderAsync(Guid id)
    {
        var booking = await BookingIdAsync(id);
        return (await Eventually.Get(() => ReminderTriggerAsync(booking), t => t is not null))!;
    }

    /// <summary>
    /// A published questionnaire, a fresh offering, an expert of the docs class at <paramref name="place"/> and a use case;
    /// then a fresh organisation's answered consultation with its contact e-mail and the slots it may book.
    /// </summary>
    public async Task<(Guid Org, Guid Id, string Email, IReadOnlyList<DateTimeOffset> Slots)> AnsweredWithSlotsAsync(string place)
    {
        await PublishQuestionnaireAsync();
        var offering = await OfferingAsync();
        await ExpertAsync(["documents"], place: place);
        await UseCaseAsync();
        var org = Guid.NewGuid();
        var email = $"kmu-{Guid.NewGuid():N}@example.org";
        var id = await AnsweredAsync(org, offering, DocsAnswers, email);
        return (org, id, email, await SlotsAsync(org, id));
    }

    public void Dispose() => Client.Dispose();
}
