using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kompetenzzentrum.Testing;
using Npgsql;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>Routing, moving and cancelling with calendar mails, and what happens after the talk (clock moved forward).</summary>
public sealed class ConsultationFlowTests(ClockedHostFixture host) : IClassFixture<ClockedHostFixture>
{
    [Fact]
    public async Task Bookings_go_to_fitting_experts_least_recently_booked_first()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync(quarterlyLimit: 10);
        var first = await api.ExpertAsync(["vision", "routing-test"]);
        var second = await api.ExpertAsync(["quality", "routing-test"]);
        var outsider = await api.ExpertAsync(["chatbot"]);
        var org = Guid.NewGuid();

        var experts = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var id = await api.AnsweredAsync(org, offering);
            var slot = (await api.SlotsAsync(org, id))[0];
            await HttpAnswers.Created(await api.BookAsync(org, id, slot));
            host.Clock.Advance(TimeSpan.FromMinutes(1));
            var view = await api.Client.GetFromJsonAsync<JsonElement>($"{ConsultationApi.Base}/consultations/{id}", HostFixture.Json);
            experts.Add(view.GetProperty("consultation").GetProperty("expertId").GetGuid());
        }

        Assert.DoesNotContain(outsider, experts);
        Assert.Equal(2, experts.Count(e => e == first));
        Assert.Equal(2, experts.Count(e => e == second));
        Assert.NotEqual(experts[0], experts[1]);
        Assert.Equal(experts[0], experts[2]);
    }

    [Fact]
    public async Task Booking_moving_and_cancelling_mail_one_calendar_entry_with_rising_sequence()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync();
        await api.ExpertAsync(["documents"]);
        await api.UseCaseAsync();
        var org = Guid.NewGuid();
        var email = $"kmu-{Guid.NewGuid():N}@example.org";
        var id = await api.AnsweredAsync(org, offering, ConsultationApi.DocsAnswers, email);
        var slots = await api.SlotsAsync(org, id);

        var booked = await HttpAnswers.Created(await api.BookAsync(org, id, slots[0]));
        Assert.Equal("https://meet.example.org/ki", booked.GetProperty("place").GetString());
        var moved = await api.MoveAsync(org, id, slots[1]);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.CancelAsync(org, id)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.CancelAsync(org, id)).StatusCode);

        // The catalog mails after the commit, in the order of its booking events: the cancellation's mail is the last.
        var mails = await Eventually.Get(async () => await host.MailsToAsync(email), m => m.Any(x => x.Category == "consultations.cancelled"));
        Assert.Equal(["consultations.booked", "consultations.rescheduled", "consultations.cancelled"], mails.Select(m => m.Category));
        Assert.Equal(["KI-Sprechstunde gebucht", "KI-Sprechstunde verschoben", "KI-Sprechstunde storniert"], mails.Select(m => m.Subject));
        var calendars = mails.Select(m => Encoding.UTF8.GetString(m.Attachments.Single().Content)).ToList();
        Assert.All(calendars, c => Assert.Contains($"UID:consultation-{id:D}@kompetenzzentrum", c, StringComparison.Ordinal));
        Assert.Equal(["SEQUENCE:0", "SEQUENCE:1", "SEQUENCE:2"],
            calendars.Select(c => c.Split("\r\n").Single(l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal))));
        Assert.Contains("METHOD:CANCEL", calendars[2], StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:", calendars[0], StringComparison.Ordinal);
        Assert.Contains("Dokumentenanalyse", mails[0].TextBody, StringComparison.Ordinal);
        // The freed slots are bookable again.
        var other = Guid.NewGuid();
        Assert.Contains(slots[0], await api.SlotsAsync(other, await api.AnsweredAsync(other, offering, ConsultationApi.DocsAnswers)));
    }

    [Fact]
    public async Task A_contact_who_asked_in_English_gets_the_mail_subject_in_English()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync();
        await api.ExpertAsync(["documents"]);
        await api.UseCaseAsync();
        var org = Guid.NewGuid();
        var email = $"sme-{Guid.NewGuid():N}@example.org";
        var id = (await HttpAnswers.Created(await api.Client.PostAsJsonAsync(
            ConsultationApi.Route(org), new { offeringId = offering, language = "en", contactEmail = email }))).GetProperty("id").GetGuid();
        Assert.True((await api.AnswerAsync(org, id, ConsultationApi.DocsAnswers)).IsSuccessStatusCode);

        await HttpAnswers.Created(await api.BookAsync(org, id, (await api.SlotsAsync(org, id))[0]));

        Assert.Equal("AI consultation booked",
            Assert.Single(await Eventually.Get(async () => await host.MailsToAsync(email), m => m.Count > 0)).Subject);
    }

    [Fact]
    public async Task After_the_talk_the_SME_sees_summary_and_recommendations_but_never_the_private_notes()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync(quarterlyLimit: 10);
        await api.ExpertAsync(["documents"]);
        await api.UseCaseAsync();
        var org = Guid.NewGuid();
        var id = await api.AnsweredAsync(org, offering, ConsultationApi.DocsAnswers);
        var slot = (await api.SlotsAsync(org, id))[0];
        await HttpAnswers.Created(await api.BookAsync(org, id, slot));
        var outcome = new
        {
            privateNotes = "Geheim: Chef skeptisch " + Guid.NewGuid().ToString("N")[..6],
            summary = "Rechnungen zuerst.",
            nextSteps = new[] { "Belege sammeln" },
            recommendedOfferingIds = new[] { Guid.NewGuid() }
        };

        Assert.Equal(HttpStatusCode.Conflict,
            (await api.Client.PostAsJsonAsync($"{ConsultationApi.Base}/consultations/{id}/outcome", outcome)).StatusCode);
        host.Clock.Advance(slot - host.Clock.GetUtcNow() + TimeSpan.FromMinutes(70));
        using var staff = await host.AdminAsync(); // the earlier token expired on the moved clock
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync($"{ConsultationApi.Base}/consultations/{id}/outcome", outcome)).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await staff.PostAsJsonAsync($"{ConsultationApi.Route(org)}/{id}/follow-up", new { topics = new[] { "daten", "cloud" } })).StatusCode);

        var sme = await staff.GetStringAsync($"{ConsultationApi.Route(org)}/{id}");
        Assert.DoesNotContain("Geheim", sme, StringComparison.Ordinal);
        var view = JsonDocument.Parse(sme).RootElement;
        Assert.Equal("held", view.GetProperty("status").GetString());
        Assert.Equal("Rechnungen zuerst.", view.GetProperty("summary").GetString());
        Assert.Equal(outcome.recommendedOfferingIds[0], view.GetProperty("recommendedOfferingIds")[0].GetGuid());
        Assert.Equal("document-analysis", view.GetProperty("useCases")[0].GetProperty("key").GetString());
        var expert = await staff.GetStringAsync($"{ConsultationApi.Base}/consultations/{id}");
        Assert.Contains(outcome.privateNotes, expert, StringComparison.Ordinal);

        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) filter (where data::text like '%Geheim%' or data::text like '%Lieferscheine%'), " +
            // The participation is completed by the catalog, on the stream of the slot's session.
            "(select count(*) from kz.mt_events p where p.type = 'participation_completed' and p.stream_id = @slot), " +
            "count(*) filter (where type = 'need_expressed' and data->>'Source' = 'feedback' " +
            "or type = 'need_expressed' and data->>'source' = 'feedback'), " +
            "count(*) filter (where type = 'consultation_need_signalled') from kz.mt_events where stream_id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("slot", JsonDocument.Parse(expert).RootElement.GetProperty("consultation").GetProperty("slotId").GetGuid());
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(0L, reader.GetInt64(0));
        Assert.Equal(1L, reader.GetInt64(1));
        Assert.Equal(2L, reader.GetInt64(2));
        Assert.True(reader.GetInt64(3) >= 2, "data availability and the skills barrier");
    }
}
