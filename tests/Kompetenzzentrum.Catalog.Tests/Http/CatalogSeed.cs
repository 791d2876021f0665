using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>Published offerings, sessions and packages made through the catalog API, as staff would.</summary>
internal sealed class CatalogSeed(HttpClient staff)
{
    public async Task<Guid> ProgramAsync()
    {
        var response = await staff.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Reifegrad-Programm " + Guid.NewGuid().ToString("N")[..6],
            starts = "2026-01-01",
            ends = "2027-12-31",
            responsibleStaff = "Team Test",
            targets = new { organisationsReached = 100, participations = 300, satisfaction = 80 },
        });
        return (await HttpAnswers.Created(response)).GetProperty("id").GetGuid();
    }

    public async Task<Guid> PublishedAsync(
        Guid programId, string title, string[] topics, string from, string to, string format = "on-site", string type = "experience-tour")
    {
        var response = await staff.PostAsJsonAsync("/api/catalog/offerings", new
        {
            programId,
            offeringType = type,
            title = new { de = title, en = title },
            description = new { de = "Ein Angebot.", en = "An offering." },
            topics,
            suitableFrom = from,
            suitableTo = to,
            format,
            place = format == "on-site" ? "Cottbus" : null,
            link = format == "on-site" ? null : "https://example.org/angebot",
            language = "de",
            cancellationDeadlineHours = 24,
        });
        var id = (await HttpAnswers.Created(response)).GetProperty("id").GetGuid();
        (await staff.PostAsync($"/api/catalog/offerings/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    public async Task<Guid> SessionAsync(Guid offeringId)
    {
        var response = await staff.PostAsJsonAsync($"/api/catalog/offerings/{offeringId}/sessions", new
        {
            startsAt = DateTimeOffset.UtcNow.AddDays(14),
            endsAt = DateTimeOffset.UtcNow.AddDays(14).AddHours(3),
            capacity = 10,
        });
        return (await HttpAnswers.Created(response)).GetProperty("id").GetGuid();
    }

    public async Task<Guid> PackageAsync(string name, params Guid[] offeringIds)
    {
        var response = await staff.PostAsJsonAsync("/api/catalog/packages", new { name = new { de = name, en = name }, offeringIds });
        return (await HttpAnswers.Created(response)).GetProperty("id").GetGuid();
    }
}
