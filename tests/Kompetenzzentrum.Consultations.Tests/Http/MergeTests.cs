using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>Staff merge two organisations: the duplicate's consultations follow to the survivor.</summary>
public sealed class MergeTests(HostFixture host) : IClassFixture<HostFixture>
{
    private sealed record SmeView(Guid Id, string Status, int QuestionnaireVersion, DateTimeOffset? StartsAt);

    [Fact]
    public async Task A_booked_consultation_of_the_duplicate_is_seen_and_cancelled_by_a_member_of_the_survivor()
    {
        using var api = new ConsultationApi(host);
        await api.PublishQuestionnaireAsync();
        var offering = await api.OfferingAsync(quarterlyLimit: 10);
        await api.ExpertAsync(["documents"]);
        var survivor = await host.CreateOrganisationAdminAsync();
        var duplicate = await host.CreateOrganisationAdminAsync();
        var (survivorId, duplicateId) = (survivor.OrganisationId!.Value, duplicate.OrganisationId!.Value);
        var id = await api.AnsweredAsync(duplicateId, offering, ConsultationApi.DocsAnswers);
        var slot = (await api.SlotsAsync(duplicateId, id))[0];
        await HttpAnswers.Created(await api.BookAsync(duplicateId, id, slot));
        var mine = $"{ConsultationApi.Route(survivorId)}/{id}";
        Assert.Equal(HttpStatusCode.NotFound, (await survivor.Client.GetAsync(mine)).StatusCode);

        await host.MergeAsync(survivorId, duplicateId);

        var view = await survivor.Client.GetFromJsonAsync<SmeView>(mine, HostFixture.Json);
        Assert.Equal(("booked", slot), (view!.Status, view.StartsAt));
        Assert.True(view.QuestionnaireVersion > 0);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"{ConsultationApi.Route(duplicateId)}/{id}")).StatusCode);
        // Cancelling goes through the catalog's booking, which the catalog moved in the same merge.
        var cancelled = await survivor.Client.DeleteAsync($"{mine}/booking");
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        Assert.Equal("cancelled", (await survivor.Client.GetFromJsonAsync<SmeView>(mine, HostFixture.Json))!.Status);
    }
}
