using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Research.Tests;

/// <summary>
/// One program with participations in this year (<see cref="Year"/>), appended as the catalog, the check and the surveys would:
/// six crafts businesses (WZ F, micro, Berlin) completed a "werkstatt" last year and again this year, with a check before (T0)
/// and after (T1); six IT firms (WZ J, small, Bavaria) are new: each completed a "beratung" today and answered its survey, three
/// of them also a "kleinformat" (too few to show). Every segment class holds at least five organisations, so OData shows them all.
/// </summary>
internal sealed record FunderReportSeed(Guid ProgramId, int Year)
{
    public static readonly int[] Satisfaction = [5, 5, 4, 4, 3, 5];

    public static async Task<FunderReportSeed> SeedAsync(ResearchFixture fixture)
    {
        using var admin = fixture.CreateAdminClient();
        var created = await admin.PostAsJsonAsync("/api/catalog/programs", new
        {
            name = "Förderprogramm Test",
            starts = "2025-01-01",
            ends = "2030-12-31",
            responsibleStaff = "Team Test",
            targets = new { organisationsReached = 20, participations = 40, satisfaction = 80 },
        });
        var program = (await HttpAnswers.Created(created)).GetProperty("id").GetGuid();
        var year = DateTimeOffset.UtcNow.Year;
        var thisYear = new DateTimeOffset(year, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var (werkstatt, beratung, kleinformat) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.AppendAsync(
            Published(werkstatt, "werkstatt", ["ki", "daten"], program), Published(beratung, "beratung", ["ki"], program),
            Published(kleinformat, "kleinformat", ["cloud"], program));

        for (var i = 0; i < 6; i++)
        {
            var org = Guid.NewGuid();
            await fixture.ConsentAsync(org);
            await fixture.AppendAsync(
                new OrganisationProfiled(org, "F", "micro", "BE", thisYear.AddYears(-2)),
                Assessed(org, 0, 30 + i, thisYear.AddMonths(-8)),
                Completed(org, werkstatt, "werkstatt", ["ki", "daten"], thisYear.AddMonths(-6)),
                Completed(org, werkstatt, "werkstatt", ["ki", "daten"], thisYear),
                Assessed(org, 1, 50 + (2 * i), thisYear.AddDays(10)));
        }
        await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            var org = Guid.NewGuid();
            await fixture.ConsentAsync(org);
            await fixture.AppendAsync(new OrganisationProfiled(org, "J", "small", "BY", thisYear.AddYears(-2)));
            if (i < 3)
            {
                await fixture.AppendAsync(Completed(org, kleinformat, "kleinformat", ["cloud"], thisYear.AddDays(5)));
            }
            var token = await fixture.CompleteAsync(org, $"{org:N}@example.org", beratung, "beratung", ["ki"]);
            using var anonymous = fixture.CreateClient();
            var answered = await anonymous.PostAsJsonAsync(
                $"/api/research/surveys/{token}", new { satisfaction = Satisfaction[i], usefulness = 4, recommendation = 8 });
            answered.EnsureSuccessStatusCode();
        }));
        return new FunderReportSeed(program, year);
    }

    private static OfferingPublished Published(Guid offering, string type, string[] topics, Guid program) =>
        new(offering, type, topics, MaturityLevel.Einsteiger, MaturityLevel.Gestalter, new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero),
            program);

    private static ParticipationCompleted Completed(Guid org, Guid offering, string type, string[] topics, DateTimeOffset at) =>
        new(Guid.NewGuid(), null, offering, type, topics, org, at);

    private static MaturityAssessed Assessed(Guid org, int round, double score, DateTimeOffset at) =>
        new(Guid.NewGuid(), 1, round, new Dictionary<string, double> { [MaturityDimensions.Data] = score }, score, MaturityLevels.FromScore(score),
            new Interaction(org, [], null, null, InteractionKinds.Answered, at));
}
