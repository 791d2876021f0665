using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Sprints.Tests.Http;

/// <summary>The sprint of an organisation shows in its history on the staff's organisation page (CRM view).</summary>
[Collection(SprintHost.Name)]
public sealed class SprintHistoryTests(ClockedHostFixture host)
{
    [Fact]
    public async Task Given_an_accepted_application_and_a_completed_phase_Then_the_organisation_history_lists_them_in_order()
    {
        using var api = await SprintApi.CreateAsync(host);
        var sme = await host.CreateOrganisationAdminAsync("Sprint Historie GmbH");
        var organisation = sme.OrganisationId!.Value;
        var offering = await api.PublishedSprintOfferingAsync("geschaeftsmodelle");
        var application = (await HttpAnswers.Created(await SprintApi.ApplyAsync(sme, offering))).GetProperty("id").GetGuid();
        Assert.Equal(["Bewerbung für einen Geschäftsmodellsprint"],
            (await host.HistoryFromSourcesAsync(organisation, "sprints")).Select(e => e.Title.De));

        var id = (await HttpAnswers.Created(await api.AcceptAsync(application, await api.PeriodAsync(2)))).GetProperty("id").GetGuid();
        var url = $"/api/sprints/engagements/{id}";
        await api.OkAsync(await SprintApi.SaveCanvasAsync(sme.Client, id, "as-is", new { channels = new[] { "Katalog" } }, null));
        await api.PutOkAsync(url + "/challenges", new { items = new[] { "Abhängigkeit vom Großkunden" } });
        await api.AdvanceAsync(TimeSpan.FromDays(7));
        await api.PostOkAsync(url + "/phases/analysis/complete");

        var entries = await host.HistoryFromSourcesAsync(organisation, "sprints");
        Assert.Equal(
            ["sprint-application", "sprint-accepted", "sprint-started", "sprint-phase-completed"], entries.Select(e => e.Kind));
        Assert.Equal("Sprint-Phase abgeschlossen: Analyse", entries[^1].Title.De);
        Assert.Equal("Sprint phase completed: Analysis", entries[^1].Title.En);
        Assert.Equal("Nächste Phase: Synthese", entries[^1].Detail?.De);
        Assert.Equal($"/backoffice/sprints/{id}/zeitplan", entries[^1].Link);
        Assert.Equal($"/backoffice/sprints/bewerbungen/{application}", entries[0].Link);
        Assert.Equal("Passt gut.", entries[1].Detail?.De);
        Assert.Contains("8 Wochen", entries[2].Detail?.De, StringComparison.Ordinal);
        Assert.True(entries[^1].At > entries[2].At, "the phase was completed a week after the start");
        // The motivation and the results stay on the sprint's own pages.
        Assert.DoesNotContain(entries, e => $"{e.Title} {e.Detail}".Contains("Großkunde", StringComparison.Ordinal));

        var crm = await host.HistoryFromCrmAsync(organisation, "sprints");
        Assert.Equal(entries.Select(e => e.Title.De), crm.GermanTitles());
        Assert.Equal($"/backoffice/sprints/{id}/zeitplan", crm[^1].GetProperty("link").GetString());
    }
}
