using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

public sealed class SessionAndOfferingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Decision Schedule(int? capacity, DateTimeOffset? starts, string status = OfferingStatus.Published, CapacityModel model = CapacityModel.SeatsPerSession) =>
        SessionRules.Schedule(Guid.NewGuid(), Guid.NewGuid(), status, model, new ScheduleSessionInput(starts, starts?.AddHours(2), capacity), Now);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(null)]
    public void Given_no_positive_capacity_When_scheduling_Then_invalid_naming_capacity(int? capacity)
    {
        var decision = Schedule(capacity, Now.AddDays(1));

        Assert.Equal(RejectionKind.Invalid, decision.Rejected?.Kind);
        Assert.Equal("capacity", decision.Rejected?.Field);
    }

    [Fact]
    public void Given_a_start_in_the_past_When_scheduling_Then_invalid_naming_startsAt()
    {
        var decision = Schedule(10, Now.AddMinutes(-1));

        Assert.Equal("startsAt", decision.Rejected?.Field);
    }

    [Fact]
    public void Given_a_one_to_one_type_When_scheduling_two_seats_Then_invalid()
    {
        Assert.Equal("capacity", Schedule(2, Now.AddDays(1), model: CapacityModel.OneToOneSlot).Rejected?.Field);
        Assert.False(Schedule(1, Now.AddDays(1), model: CapacityModel.OneToOneSlot).IsRejected);
    }

    [Fact]
    public void Given_an_archived_offering_When_scheduling_Then_conflict()
    {
        Assert.Equal(RejectionKind.Conflict, Schedule(10, Now.AddDays(1), OfferingStatus.Archived).Rejected?.Kind);
    }

    [Fact]
    public void Given_valid_input_When_scheduling_Then_the_session_is_scheduled_with_its_seats()
    {
        var scheduled = Assert.IsType<SessionScheduled>(Assert.Single(Schedule(12, Now.AddDays(1)).Events));

        Assert.Equal(12, scheduled.Capacity);
    }

    [Fact]
    public void Given_an_unknown_topic_and_an_inverted_range_When_validating_details_Then_both_fields_are_named()
    {
        var problems = new FieldProblems();
        var input = new DetailsInput(new("Titel", "Title"), new("Text", "Text"), ["ki", "astrologie"], MaturityLevel.Vorreiter, MaturityLevel.Einsteiger,
            OfferingFormats.OnSite, "Cottbus", null, "de", 24);

        Assert.Null(OfferingRules.Validate(input, problems));

        var errors = Errors(problems);
        Assert.Contains("astrologie", Assert.Single(errors["topics"]));
        Assert.True(errors.ContainsKey("suitableTo"));
    }

    [Fact]
    public void Given_an_online_offering_without_link_When_validating_Then_link_is_named()
    {
        var problems = new FieldProblems();
        var input = new DetailsInput(new("Titel", "Title"), new("Text", "Text"), ["ki"], MaturityLevel.Einsteiger, MaturityLevel.Gestalter,
            OfferingFormats.Online, null, null, "de", 24);

        Assert.Null(OfferingRules.Validate(input, problems));
        Assert.True(Errors(problems).ContainsKey("link"));
    }

    private static IDictionary<string, string[]> Errors(FieldProblems problems) =>
        Assert.IsType<HttpValidationProblemDetails>(Assert.IsType<ProblemHttpResult>(problems.ToResult()).ProblemDetails).Errors;

    [Fact]
    public void Given_an_archived_offering_When_publishing_or_revising_Then_conflict()
    {
        var details = new OfferingDetails(new("Titel", "Title"), new("Text", "Text"), ["ki"], MaturityLevel.Einsteiger, MaturityLevel.Gestalter,
            OfferingFormats.OnSite, "Cottbus", null, "de", 24);
        var draft = CatalogEntry.From(new OfferingDrafted(Guid.NewGuid(), Guid.NewGuid(), "consultation", details));

        Assert.Equal(RejectionKind.Conflict, OfferingRules.Publish(draft with { Status = OfferingStatus.Archived }, Now).Rejected?.Kind);
        var published = Assert.IsType<OfferingPublished>(Assert.Single(OfferingRules.Publish(draft, Now).Events));
        Assert.Equal("consultation", published.OfferingType);
        Assert.Equal(["ki"], published.Topics);
        Assert.Empty(OfferingRules.Publish(draft with { Status = OfferingStatus.Published }, Now).Events);
        Assert.Equal(RejectionKind.Conflict, OfferingRules.Revise(draft with { Status = OfferingStatus.Archived }, details, Now).Rejected?.Kind);
    }
}
