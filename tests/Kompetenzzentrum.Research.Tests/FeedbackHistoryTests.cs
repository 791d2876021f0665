using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Research.Tests;

/// <summary>
/// Feedback an organisation gave shows in its history on the staff's organisation page (CRM view): its scores, and its free text
/// only as published after staff approved it, never while it waits for review and never once rejected.
/// </summary>
public sealed class FeedbackHistoryTests(ResearchFixture fixture) : IClassFixture<ResearchFixture>
{
    private async Task AnswerAsync(TestUser organisation, Guid offering, object answer)
    {
        var token = await fixture.CompleteAsync(organisation.OrganisationId!.Value, organisation.Email, offering, "experience-tour", ["daten"]);
        using var anonymous = fixture.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync($"/api/research/surveys/{token}", answer)).StatusCode);
    }

    private async Task<Guid> PendingCommentAsync(HttpClient staff, string text)
    {
        var pending = await staff.GetFromJsonAsync<JsonElement>("/api/research/feedback-texts?status=pending");
        return Assert.Single(pending.EnumerateArray(), p => p.GetProperty("text").GetString() == text).GetProperty("commentId").GetGuid();
    }

    [Fact]
    public async Task Given_answered_surveys_Then_the_history_shows_scores_and_only_approved_redacted_text()
    {
        var approvedOrganisation = fixture.Organisations[0];
        var organisation = approvedOrganisation.OrganisationId!.Value;
        const string praise = "Sehr hilfreich, gern mehr zu Daten. Schreiben Sie an max.muster@firma.de";
        const string waiting = "Der Kaffee im Workshop war kalt";
        await AnswerAsync(approvedOrganisation, fixture.DataOffering,
            new { satisfaction = 4, usefulness = 5, recommendation = 9, freeText = praise });
        await AnswerAsync(approvedOrganisation, fixture.AutomationOffering,
            new { satisfaction = 2, usefulness = 3, recommendation = 5, freeText = waiting });
        using var staff = fixture.CreateAdminClient();
        var beforeReview = await fixture.HistoryFromSourcesAsync(organisation, "research");
        Assert.Equal(2, beforeReview.Count);
        Assert.All(beforeReview, e => Assert.Null(e.Detail));

        var approved = await staff.PostAsJsonAsync($"/api/research/feedback-texts/{await PendingCommentAsync(staff, praise)}/approve", new { });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var entries = await fixture.HistoryFromSourcesAsync(organisation, "research");
        Assert.Equal(2, entries.Count);
        var first = Assert.Single(entries,
            e => e.Title.De.Contains("Zufriedenheit 4/5, Nutzen 5/5, Weiterempfehlung 9/10", StringComparison.Ordinal));
        Assert.Equal("feedback", first.Kind);
        Assert.Contains("satisfaction 4/5, usefulness 5/5, recommendation 9/10", first.Title.En, StringComparison.Ordinal);
        Assert.Contains("gern mehr zu Daten", first.Detail?.De, StringComparison.Ordinal);
        Assert.DoesNotContain("max.muster@firma.de", first.Detail?.De, StringComparison.Ordinal);
        Assert.Null(Assert.Single(entries, e => e.Title.De.Contains("Zufriedenheit 2/5", StringComparison.Ordinal)).Detail);

        var crm = await fixture.HistoryFromCrmAsync(organisation, "research");
        Assert.Equal(entries.Select(e => e.Title.De), crm.GermanTitles());
        var text = await fixture.HistoryTextFromCrmAsync(organisation);
        Assert.Contains("gern mehr zu Daten", text, StringComparison.Ordinal);
        Assert.DoesNotContain("max.muster", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kaffee", text, StringComparison.Ordinal);

        var rejected = await staff.PostAsync($"/api/research/feedback-texts/{await PendingCommentAsync(staff, waiting)}/reject", null);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.DoesNotContain("Kaffee", await fixture.HistoryTextFromCrmAsync(organisation), StringComparison.Ordinal);
        Assert.Equal(2, (await fixture.HistoryFromCrmAsync(organisation, "research")).Count);
    }
}
