using System.Net;
using System.Net.Http.Json;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Catalog.Tests.Http;

/// <summary>A questionnaire rule that passes only for organisations that "answered".</summary>
public sealed class QuestionnaireRule : IBookingRule
{
    public static readonly HashSet<Guid> Answered = [];

    public string Key => "questionnaire-answered";

    public ValueTask<BookingRuleResult> CheckAsync(BookingRuleContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Answered.Contains(context.OrganisationId) ? BookingRuleResult.Pass : BookingRuleResult.Hold("Please answer the questionnaire first."));
}

public sealed class QuestionnaireRuleFixture : HostFixture
{
    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IBookingRule, QuestionnaireRule>();
}

public sealed class BookingRuleTests(QuestionnaireRuleFixture host) : IClassFixture<QuestionnaireRuleFixture>
{
    [Fact]
    public async Task Given_a_consultation_whose_type_requires_a_questionnaire_When_booking_Then_409_with_the_reason_until_it_is_answered()
    {
        using var api = new CatalogApi(host);
        var offering = (await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/offerings",
            CatalogApi.Offering(await api.CreateProgramAsync(), type: "consultation")))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/catalog/offerings/{offering}/publish", null)).StatusCode);
        var session = (await CatalogApi.Created(await api.ScheduleAsync(offering, 1, TimeSpan.FromDays(3)))).GetProperty("id").GetGuid();
        var (waiting, answered) = (Guid.NewGuid(), Guid.NewGuid());
        QuestionnaireRule.Answered.Add(answered);

        var held = await api.BookAsync(session, waiting);
        var confirmed = await CatalogApi.Created(await api.BookAsync(session, answered));

        var problem = await CatalogApi.Problem(held, HttpStatusCode.Conflict);
        Assert.Equal("Please answer the questionnaire first.", problem.GetProperty("title").GetString());
        Assert.Equal("confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal(1, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }
}

[Collection(CatalogHost.Name)]
public sealed class MissingBookingRuleTests(HostFixture host)
{
    [Fact]
    public async Task Given_a_type_listing_a_rule_no_module_provides_When_booking_Then_409_and_nothing_is_booked()
    {
        using var api = new CatalogApi(host);
        var offering = (await CatalogApi.Created(await api.Client.PostAsJsonAsync("/api/catalog/offerings",
            CatalogApi.Offering(await api.CreateProgramAsync(), type: "consultation")))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await api.Client.PostAsync($"/api/catalog/offerings/{offering}/publish", null)).StatusCode);
        var session = (await CatalogApi.Created(await api.ScheduleAsync(offering, 1, TimeSpan.FromDays(3)))).GetProperty("id").GetGuid();

        var held = await api.BookAsync(session, Guid.NewGuid());

        var problem = await CatalogApi.Problem(held, HttpStatusCode.Conflict);
        Assert.Contains("questionnaire-answered", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await api.GetAsync($"/api/catalog/sessions/{session}")).GetProperty("seatsTaken").GetInt32());
    }
}
