using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Interactions;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Sprints.Tests.Http;

/// <summary>One sprint from the application to the follow-up, with the fake clock moving through its weeks and months.</summary>
[Collection(SprintHost.Name)]
public sealed class WholeSprintTests(ClockedHostFixture host)
{
    [Fact]
    public async Task Given_an_accepted_application_When_the_team_works_through_all_phases_Then_report_participation_and_follow_up_follow()
    {
        using var api = await SprintApi.CreateAsync(host);
        var sme = await host.CreateOrganisationAdminAsync("Sprint Metallbau GmbH");
        var stranger = await host.CreateOrganisationAdminAsync();
        var offering = await api.PublishedSprintOfferingAsync("geschaeftsmodelle", "e-commerce");
        var application = (await HttpAnswers.Created(await SprintApi.ApplyAsync(sme, offering))).GetProperty("id").GetGuid();
        var id = (await HttpAnswers.Created(await api.AcceptAsync(application, await api.PeriodAsync(2)))).GetProperty("id").GetGuid();
        var url = $"/api/sprints/engagements/{id}";
        var coach = await api.MemberAsync(id, "staff", "Clara Coach", "coach@kompetenzzentrum.test");
        var owner = await api.MemberAsync(id, "sme", "Sven Inhaber", sme.Email);

        // Analysis: nothing can be skipped, nothing completed without its results.
        await HttpAnswers.Problem(await api.Staff.PostAsync(url + "/phases/synthesis/complete", null), HttpStatusCode.Conflict);
        var lacking = await HttpAnswers.Problem(await api.Staff.PostAsync(url + "/phases/analysis/complete", null), HttpStatusCode.Conflict);
        Assert.Contains("as-is canvas", lacking.GetProperty("title").GetString());
        await api.OkAsync(
            await SprintApi.SaveCanvasAsync(sme.Client, id, "as-is",
                new { channels = new[] { "Katalog" }, revenueStreams = new[] { "Einzelteilfertigung" } }, null));
        await api.PutOkAsync(url + "/challenges", new { items = new[] { "Abhängigkeit vom Großkunden" } });
        await api.PostOkAsync(url + "/phases/analysis/complete");

        // A workshop of the synthesis with both team members: invitation with calendar entry, then moved.
        var startsAt = api.Now.AddDays(10);
        var workshop = await HttpAnswers.Created(await api.Staff.PostAsJsonAsync(url + "/workshops", new
        {
            phase = "synthesis",
            title = "Synthese-Workshop",
            startsAt,
            endsAt = startsAt.AddHours(3),
            place = "Werkhalle 2",
            participants = new[] { coach, owner },
        }));
        var workshopId = workshop.GetProperty("workshopId").GetGuid();
        await api.PutOkAsync($"{url}/workshops/{workshopId}", new
        {
            title = "Synthese-Workshop",
            startsAt = startsAt.AddHours(1),
            endsAt = startsAt.AddHours(4),
            link = "https://meet.example.org/synthese",
            participants = new[] { coach, owner },
        });
        var invitations = (await host.MailsToAsync(sme.Email))
            .Where(m => m.Category.StartsWith("sprints.workshop", StringComparison.Ordinal)).ToList();
        Assert.Equal(["sprints.workshop-invitation", "sprints.workshop-changed"], invitations.Select(m => m.Category));
        // Sprint mails go out in German, whatever language the staff's request asked for.
        Assert.Equal("Einladung: Synthese-Workshop", invitations[0].Subject);
        Assert.Equal("Geändert: Synthese-Workshop", invitations[1].Subject);
        var calendars = invitations.Select(m => Encoding.UTF8.GetString(m.Attachments.Single().Content)).ToList();
        Assert.Contains($"UID:sprint-workshop-{workshopId:D}@kompetenzzentrum", calendars[0]);
        Assert.Contains($"UID:sprint-workshop-{workshopId:D}@kompetenzzentrum", calendars[1]);
        Assert.Contains("SEQUENCE:0", calendars[0]);
        Assert.Contains("SEQUENCE:1", calendars[1]);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:", calendars[1]);

        // A task due today; two days later its owner is reminded by the daily job.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(api.Now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);
        await HttpAnswers.Created(
            await api.Staff.PostAsJsonAsync(url + "/tasks", new { title = "Kundeninterviews auswerten", ownerMemberId = owner, dueOn = today }));
        sme = (await api.AdvanceAsync(TimeSpan.FromDays(2), sme))[0];
        await api.FireAsync("overdue-task-reminder");
        var overdue = await Eventually.Get(async () => (await host.MailsToAsync(sme.Email)).FirstOrDefault(m => m.Category == "sprints.task-overdue"),
            _ => true);
        Assert.Contains("Kundeninterviews auswerten", overdue!.TextBody);

        // The day before the workshop its participants are reminded, once.
        sme = (await api.AdvanceAsync(TimeSpan.FromDays(7) + TimeSpan.FromHours(12), sme))[0];
        await api.FireAsync("workshop-reminder", ("engagementId", id.ToString()), ("workshopId", workshopId.ToString()));
        var reminder = await Eventually.Get(async () => (await host.MailsToAsync(sme.Email))
            .FirstOrDefault(m => m.Category == "sprints.workshop-reminder"), _ => true);
        Assert.Contains("https://meet.example.org/synthese", reminder!.TextBody);

        // Synthesis, ideation, a step back to the synthesis (recorded), and on again.
        await api.PutOkAsync(url + "/insights", new { items = new[] { "Kunden bestellen nachts", "Ersatzteile sind das Geschäft" } });
        await api.PostOkAsync(url + "/phases/synthesis/complete");
        var idea = (
            await api.PostOkAsync(url + "/ideas",
                new { title = "Ersatzteil-Webshop", description = "Rund um die Uhr bestellen", topics = new[] { "e-commerce" } }))
            .GetProperty("ideas")[0].GetProperty("ideaId").GetGuid();
        await HttpAnswers.Problem(await api.Staff.PostAsync(url + "/phases/ideation/complete", null), HttpStatusCode.Conflict);
        await api.PutOkAsync($"{url}/ideas/{idea}/assessment", new { value = 5, effort = 3, risk = 2 });
        await api.PutOkAsync($"{url}/ideas/{idea}/choice", new { chosen = true });
        var back = await api.PostOkAsync(url + "/phases/synthesis/reopen", new { reason = "Neue Kundengruppe" });
        Assert.Equal("Synthesis", back.GetProperty("currentPhase").GetString());
        await api.PostOkAsync(url + "/phases/synthesis/complete");
        await api.PostOkAsync(url + "/phases/ideation/complete");

        // Transfer: the to-be canvas and the roadmap.
        await api.OkAsync(
            await SprintApi.SaveCanvasAsync(api.Staff, id, "to-be",
                new { channels = new[] { "Katalog", "Webshop" }, revenueStreams = new[] { "Ersatzteilabo" } }, null));
        var action = (
            await api.PostOkAsync(url + "/roadmap", new { title = "Shop-System auswählen", owner = "Vertriebsleitung", dueOn = "2027-06-01" }))
            .GetProperty("roadmap")[0].GetProperty("actionId").GetGuid();
        var done = await api.PostOkAsync(url + "/phases/transfer/complete");
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("transferredAt").ValueKind);
        Assert.Equal(["completed", "completed", "reopened", "completed", "completed", "completed"],
            done.GetProperty("phaseHistory").EnumerateArray().Select(p => p.GetProperty("change").GetString()));

        // The report, for the SME, with the engagement's real content; nobody else reads it.
        var report = await sme.Client.GetAsync(url + "/report");
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await report.Content.ReadAsStringAsync());
        foreach (
            var content in new[] { "Transferbericht", "Abhängigkeit vom Großkunden", "Kunden bestellen nachts", "Ersatzteil-Webshop",
                "Shop-System auswählen",
            "Vertriebsleitung", "01.06.2027", "Einzelteilfertigung", "+ Ersatzteilabo", "Sven Inhaber", "5/5" })
        {
            Assert.Contains(content, html);
        }
        Assert.Contains("Transfer report", await (await api.Staff.GetAsync(url + "/report?language=en")).Content.ReadAsStringAsync());
        using var strangerClient = await host.SignInAsync(stranger.Email, TestUsers.Password); // the first token expired with the clock
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync(url + "/report")).StatusCode);

        // The follow-up: not before its time; three months later survey and T1 prompt go out, and the SME answers.
        await HttpAnswers.Problem(
            await sme.Client.PostAsJsonAsync(url + "/follow-up", new { answers = new[] { new { actionId = action, progress = "Done" } } }),
            HttpStatusCode.Conflict);
        await api.FireAsync("follow-up-survey", ("engagementId", id.ToString()));
        sme = (await api.AdvanceAsync(TimeSpan.FromDays(93), sme))[0];
        await api.FireAsync("follow-up-survey", ("engagementId", id.ToString()));
        var followUp = await Eventually.Get(async () => (await host.MailsToAsync(sme.Email)).FirstOrDefault(m => m.Category == "sprints.follow-up"),
            _ => true);
        Assert.Contains($"/api/sprints/engagements/{id}/follow-up", followUp!.TextBody);
        Assert.Contains($"/api/organisations/{sme.OrganisationId}/maturity/checks", followUp.TextBody);
        Assert.Contains("(T1)", followUp.TextBody);
        Assert.True(followUp.QueuedAt > api.Now.AddDays(-1), "sent only after the clock passed the due time");
        await api.OkAsync(
            await sme.Client.PostAsJsonAsync(url + "/follow-up", new { answers = new[] { new { actionId = action, progress = "InProgress" } } }));
        var survey = await sme.Client.GetFromJsonAsync<JsonElement>(url + "/follow-up");
        Assert.Equal("InProgress", survey.GetProperty("actions")[0].GetProperty("progress").GetString());

        // Research sees the phases, the idea's topic and the answers as interactions, and the completed participation.
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        await using var query = store.QuerySession();
        var events = (await query.Events.FetchStreamAsync(id)).Select(e => e.Data).ToList();
        var participation = Assert.Single(events.OfType<ParticipationCompleted>());
        Assert.Equal(("sprint", offering, sme.OrganisationId),
            (participation.OfferingType, participation.OfferingId, (Guid?)participation.OrganisationId));
        Assert.Equal("e-commerce", Assert.Single(events.OfType<NeedExpressed>()).Topic);
        var interactions = events.OfType<IInteractionEvent>().Select(e => e.Interaction.Kind).ToList();
        Assert.Equal(5, interactions.Count(k => k == "sprint-phase-completed"));
        Assert.Contains(InteractionKinds.Answered, interactions);
        Assert.Contains(InteractionKinds.Completed, interactions);

        // A repeated firing sends nothing more.
        await api.FireAsync("follow-up-survey", ("engagementId", id.ToString()));
        await Task.Delay(1500);
        Assert.Single(await host.MailsToAsync(sme.Email), m => m.Category == "sprints.follow-up");
    }
}
