using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>
/// One expert serves two consultation offerings: each offering books its own slot sessions in the catalog, and the engine
/// still books the expert once at a time. A database of its own, so that the expert is the only one who fits.
/// </summary>
public sealed class SharedExpertTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task An_expert_of_two_offerings_is_booked_once_at_a_time_and_a_slot_freed_in_one_is_bookable_in_the_other()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var first = await api.OfferingAsync(quarterlyLimit: 5);
        var second = await api.OfferingAsync(quarterlyLimit: 5);
        var expert = await api.ExpertAsync(["documents"]);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var inFirst = await api.AnsweredAsync(a, first, ConsultationApi.DocsAnswers);
        var inSecond = await api.AnsweredAsync(b, second, ConsultationApi.DocsAnswers);
        var slot = (await api.SlotsAsync(a, inFirst))[0];
        Assert.Contains(slot, await api.SlotsAsync(b, inSecond));

        await HttpAnswers.Created(await api.BookAsync(a, inFirst, slot));

        Assert.DoesNotContain(slot, await api.SlotsAsync(b, inSecond));
        var twice = await HttpAnswers.Problem(await api.BookAsync(b, inSecond, slot), HttpStatusCode.Conflict);
        Assert.Equal("consultations.slot-taken", twice.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.CancelAsync(a, inFirst)).StatusCode);
        await HttpAnswers.Created(await api.BookAsync(b, inSecond, slot));
        var view = await api.Client.GetFromJsonAsync<JsonElement>($"{ConsultationApi.Base}/consultations/{inSecond}", HostFixture.Json);
        Assert.Equal(expert, view.GetProperty("consultation").GetProperty("expertId").GetGuid());
    }
}
