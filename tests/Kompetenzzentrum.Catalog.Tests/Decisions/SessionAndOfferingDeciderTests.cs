using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Kompetenzzentrum.Modules.Catalog.Sessions;

namespace Kompetenzzentrum.Catalog.Tests.Decisions;

public sealed class SessionAndOfferingDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Decision Schedule(int? capacity, DateTimeOffset? starts, string status = OfferingStatus.Published,
        CapacityModel model = CapacityModel.SeatsPerSession) =>
        SessionDecider.Schedule(Guid.NewGuid(), Guid.NewGuid(), status, model, new ScheduleSessionInput(starts, starts?.AddHours(2), capacity), Now);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(null)]
    public void Given_no_positive_capacity_When_scheduling_Then_invalid_naming_capacity(int? capacity)
    {
        var decision = Schedule(capacity, Now.AddDays(1));

        Assert.Equal(RefusalKind.Invalid, decision.Refused?.Kind);
        Assert.Equal("capacity", decision.Refused?.Fields[0].Field);
    }

    [Fact]
    public void Given_a_start_in_the_past_When_scheduling_Then_invalid_naming_startsAt()
    {
        var decision = Schedule(10, Now.AddMinutes(-1));

        Assert.Equal("startsAt", decision.Refused?.Fields[0].Field);
    }

    [Fact]
    public void Given_a_one_to_one_type_When_scheduling_two_seats_Then_invalid()
    {
        Assert.Equal("capacity", Schedule(2, Now.AddDays(1), model: CapacityModel.OneToOneSlot).Refused?.Fields[0].Field);
        Assert.False(Schedule(1, Now.AddDays(1), model: CapacityModel.OneToOneSlot).IsRefused);
    }

    [Fact]
    public void Given_an_archived_offering_When_scheduling_Then_conflict()
    {
        Assert.Equal(RefusalKind.Conflict, Schedule(10, Now.AddDays(1), OfferingStatus.Archived).Refused?.Kind);
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
        var errors = new FieldErrors();
        var input = new DetailsInput(new("Titel", "Title"), new("Text", "Text"), ["ki", "astrologie"], MaturityLevel.Vorreiter,
            MaturityLevel.Einsteiger, OfferingFormats.OnSite, "Cottbus", null, "de", 24);

        Assert.Null(OfferingDecider.Validate(input, errors));

        var topic = Assert.Single(errors, e => e.Field == "topics");
        Assert.Equal(("catalog.topic-unknown", "astrologie"), (topic.Code, topic.Args["topic"]));
        Assert.Contains(errors, e => e.Field == "suitableTo");
    }

    [Fact]
    public void Given_an_online_offering_without_link_When_validating_Then_link_is_named()
    {
        var errors = new FieldErrors();
        var input = new DetailsInput(new("Titel", "Title"), new("Text", "Text"), ["ki"], MaturityLevel.Einsteiger, MaturityLevel.Gestalter,
            OfferingFormats.Online, null, null, "de", 24);

        Assert.Null(OfferingDecider.Validate(input, errors));
        Assert.Contains(errors, e => e.Field == "link");
    }

    [Fact]
    public void Given_an_archived_offering_When_publishing_or_revising_Then_conflict()
    {
        var details = new OfferingDetails(new("Titel", "Title"), new("Text", "Text"), ["ki"], MaturityLevel.Einsteiger, MaturityLevel.Gestalter,
            OfferingFormats.OnSite, "Cottbus", null, "de", 24);
        var draft = CatalogEntry.From(new OfferingDrafted(Guid.NewGuid(), Guid.NewGuid(), "consultation", details));

        Assert.Equal(RefusalKind.Conflict, OfferingDecider.Publish(draft with { Status = OfferingStatus.Archived }, Now).Refused?.Kind);
        var published = Assert.IsType<OfferingPublished>(Assert.Single(OfferingDecider.Publish(draft, Now).Events));
        Assert.Equal("consultation", published.OfferingType);
        Assert.Equal(["ki"], published.Topics);
        Assert.Empty(OfferingDecider.Publish(draft with { Status = OfferingStatus.Published }, Now).Events);
        Assert.Equal(RefusalKind.Conflict, OfferingDecider.Revise(draft with { Status = OfferingStatus.Archived }, details, Now).Refused?.Kind);
    }
}
