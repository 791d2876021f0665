using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Modules.Consultations.Booking;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Kompetenzzentrum.Modules.Consultations.Research;
using Kompetenzzentrum.Modules.Consultations.UseCases;

namespace Kompetenzzentrum.Consultations.Tests.Decisions;

public sealed class RankingAndRoutingTests
{
    private static AnswerProfile Profile(string[] tags, string[] topics) =>
        new(tags.ToHashSet(StringComparer.Ordinal), topics.ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Given_a_manufacturer_with_camera_images_who_wants_quality_checks_Then_visual_inspection_ranks_first_with_its_reason()
    {
        var profile = Profile(["vision", "quality", "industry:c", "data:images", "maturity:entdecker"], ["ki", "automatisierung"]);

        var ranked = UseCaseRanking.Rank(UseCaseLibrary.Defaults, profile);

        // Hand-computed: visual inspection 2 tags*3 + 2 topics + industry 2 + images 1 + maturity 1 = 12;
        // predictive maintenance 0 tags + 2 topics + industry 2 + maturity 1 = 5; the others fit on "ki" only.
        Assert.Equal("visual-quality-inspection", ranked[0].Key);
        Assert.Equal(12, ranked[0].Score);
        Assert.Equal("predictive-maintenance", ranked[1].Key);
        Assert.Equal(5, ranked[1].Score);
        Assert.Contains("quality, vision", ranked[0].Reason.En, StringComparison.Ordinal);
        Assert.Contains("WZ C", ranked[0].Reason.De, StringComparison.Ordinal);
        Assert.Contains("benötigte Daten vorhanden: images", ranked[0].Reason.De, StringComparison.Ordinal);
        Assert.Contains("data still missing: sensor-data, maintenance-logs", ranked[1].Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_trader_with_sales_data_who_wants_forecasts_Then_demand_forecasting_leads_and_unrelated_cases_are_absent()
    {
        var profile = Profile(["forecasting", "planning", "industry:g", "data:sales-history"], ["daten"]);

        var ranked = UseCaseRanking.Rank(UseCaseLibrary.Defaults, profile);

        Assert.Equal(["demand-forecasting", "predictive-maintenance"], ranked.Select(r => r.Key));
        Assert.Equal(3 * 2 + 1 + 2 + 1, ranked[0].Score);
    }

    [Fact]
    public void Given_answers_that_fit_nothing_Then_no_use_case_is_listed()
    {
        Assert.Empty(UseCaseRanking.Rank(UseCaseLibrary.Defaults, Profile(["industry:c", "data:none"], [])));
    }

    [Fact]
    public void Given_an_unsuitable_maturity_Then_the_reason_says_so_and_the_score_drops()
    {
        var fits = UseCaseRanking.Score(UseCaseLibrary.Defaults[3], Profile(["vision", "maturity:gestalter"], []))!;
        var early = UseCaseRanking.Score(UseCaseLibrary.Defaults[3], Profile(["vision", "maturity:einsteiger"], []))!;

        Assert.Equal(fits.Score - 2, early.Score);
        Assert.Contains("another maturity level", early.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Routing_prefers_fitting_experts_least_recently_booked_first()
    {
        var a = new ExpertCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000a"), ["vision"], DateTimeOffset.Parse("2026-11-20T10:00Z"));
        var b = new ExpertCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000b"), ["vision", "documents"],
            DateTimeOffset.Parse("2026-11-10T10:00Z"));
        var c = new ExpertCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000c"), ["documents"], null);
        var d = new ExpertCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000d"), ["vision"], null);

        var order = ExpertRouting.Order([a, b, c, d], Profile(["vision"], []));

        Assert.Equal([d.ExpertId, b.ExpertId, a.ExpertId], order.Select(o => o.ExpertId));
    }

    [Fact]
    public void Routing_falls_back_to_every_expert_when_nobody_fits()
    {
        var a = new ExpertCandidate(Guid.NewGuid(), ["vision"], DateTimeOffset.Parse("2026-11-20T10:00Z"));
        var b = new ExpertCandidate(Guid.NewGuid(), ["documents"], DateTimeOffset.Parse("2026-11-10T10:00Z"));

        Assert.Equal([b.ExpertId, a.ExpertId], ExpertRouting.Order([a, b], Profile(["chatbot"], [])).Select(o => o.ExpertId));
    }

    [Fact]
    public void Need_signals_carry_topics_data_availability_and_barriers_but_no_text()
    {
        var org = Guid.NewGuid();
        var events = NeedSignals.From(Profile(["data:images", "barrier:skills", "barrier:budget", "vision"], ["ki", "automatisierung"]), org,
            Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        Assert.Equal(["automatisierung", "ki"], events.OfType<NeedExpressed>().Select(n => n.Topic));
        Assert.All(events.OfType<NeedExpressed>(), n => Assert.Equal("questionnaire", n.Source));
        var signals = events.OfType<ConsultationNeedSignalled>().Select(s => s.Interaction.Kind).ToList();
        Assert.Equal(["data-availability:images", "barrier:budget", "barrier:skills"], signals);
        Assert.All(events.OfType<ConsultationNeedSignalled>(), s => Assert.Equal(org, s.Interaction.OrganisationId));
    }
}
