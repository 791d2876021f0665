using System.Net.Http.Json;
using Xunit;

namespace Kompetenzzentrum.Testing;

/// <summary>Published offerings made through the catalog API, for tests of what builds on the catalog.</summary>
public static class CatalogSetup
{
    /// <summary>
    /// A program and in it a published offering of <paramref name="offeringType"/> for all maturity levels, in
    /// German, cancellable until 24 h before; on-site offerings take place in Cottbus, the others online.
    /// </summary>
    public static async Task<Guid> PublishedOfferingAsync(HttpClient staff, string offeringType, string programName, (string De, string En) title,
        (string De, string En) description, IReadOnlyList<string> topics, string format = "on-site")
    {
        var program = await HttpAnswers.Created(await staff.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = programName,
            starts = "2026-01-01",
            ends = "2028-12-31",
            responsibleStaff = "Team Test",
            targets = new { organisationsReached = 100, participations = 300, satisfaction = 80 },
        }));
        var offering = await HttpAnswers.Created(await staff.PostAsJsonAsync("/api/catalog/offerings", new
        {
            programId = program.GetProperty("id").GetGuid(),
            offeringType,
            title = new { de = title.De, en = title.En },
            description = new { de = description.De, en = description.En },
            topics,
            suitableFrom = "Einsteiger",
            suitableTo = "Vorreiter",
            format,
            place = format == "on-site" ? "Cottbus" : null,
            link = format == "on-site" ? null : "https://meet.example.org/raum",
            language = "de",
            cancellationDeadlineHours = 24,
        }));
        var id = offering.GetProperty("id").GetGuid();
        var published = await staff.PostAsync($"/api/catalog/offerings/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, $"{(int)published.StatusCode}: {await published.Content.ReadAsStringAsync()}");
        return id;
    }

    /// <summary>A published business-model sprint offering (for the sprint module's tests).</summary>
    public static Task<Guid> PublishedSprintOfferingAsync(HttpClient staff, params string[] topics) =>
        PublishedOfferingAsync(staff, "sprint", "Sprintprogramm " + Guid.NewGuid().ToString("N")[..6],
            ("Geschäftsmodellsprint", "Business-model sprint"), ("Acht Wochen am Geschäftsmodell.", "Eight weeks on the business model."),
            topics.Length == 0 ? ["geschaeftsmodelle"] : topics);

    /// <summary>A published consultation offering (the consultations module books its slots through the catalog).</summary>
    public static Task<Guid> PublishedConsultationOfferingAsync(HttpClient staff, params string[] topics) =>
        PublishedOfferingAsync(staff, "consultation", "Sprechstundenprogramm " + Guid.NewGuid().ToString("N")[..6],
            ("KI-Sprechstunde", "AI consultation"), ("Eine Stunde mit einer KI-Expertin.", "One hour with an AI expert."),
            topics.Length == 0 ? ["ki"] : topics, format: "online");
}
