using Ical.Net;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Calendar;
using Kompetenzzentrum.Modules.Sprints.Canvas;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.FollowUp;
using Kompetenzzentrum.Modules.Sprints.Phases;
using Kompetenzzentrum.Modules.Sprints.Tasks;
using Kompetenzzentrum.Modules.Sprints.Workshops;

namespace Kompetenzzentrum.Sprints.Tests.Decisions;

public sealed class WorkRulesTests
{
    private static readonly Guid Member = Guid.NewGuid();

    private static Engagement WithMember() =>
        Given.Started(new TeamMemberAdded(Given.Id, Member, TeamSides.Sme, "Erika Mustermann", "erika@example.org", null, Given.Now));

    [Fact]
    public void The_diff_names_added_removed_and_kept_notes_per_block()
    {
        var asIs = CanvasBlocks.Empty with { Channels = ["Katalog", "Außendienst"] };
        var toBe = CanvasBlocks.Empty with { Channels = ["katalog", "Webshop"] };

        var channels = CanvasDiff.Between(asIs, toBe).Single(b => b.Block == "channels");

        Assert.Equal(["Webshop"], channels.Added);
        Assert.Equal(["Außendienst"], channels.Removed);
        Assert.Equal(["katalog"], channels.Kept);
        Assert.Equal(9, CanvasDiff.Between(asIs, toBe).Count);
        Assert.Single(CanvasDiff.Between(asIs, toBe), b => b.Changed);
    }

    [Fact]
    public void The_timeline_spreads_the_weeks_over_the_phases_in_order_without_gaps()
    {
        var plan = Timeline.Plan(new DateOnly(2026, 3, 2), 10);

        Assert.Equal(PhaseOrder.InOrder, plan.Select(p => p.Phase));
        Assert.Equal(new DateOnly(2026, 3, 2), plan[0].StartsOn);
        Assert.Equal(new DateOnly(2026, 5, 10), plan[^1].EndsOn);
        Assert.All(plan.Zip(plan.Skip(1)), pair => Assert.Equal(pair.First.EndsOn.AddDays(1), pair.Second.StartsOn));
        Assert.Equal(21, plan[0].EndsOn.DayNumber - plan[0].StartsOn.DayNumber + 1); // 10 weeks: 3, 3, 2, 2
    }

    [Fact]
    public void A_workshop_needs_team_members_and_a_future_start_and_is_reminded_once_per_version()
    {
        var state = WithMember();
        var plan = new WorkshopPlan("Analyse", Given.Now.AddDays(3), Given.Now.AddDays(3).AddHours(3), "Cottbus", null, [Member]);
        var workshopId = Guid.NewGuid();

        Assert.Equal("participants",
            WorkshopDecider.Schedule(state, workshopId, Phase.Analysis, plan with { Participants = [Guid.NewGuid()] },
                Given.Now).Refused?.Fields.Single().Field);
        Assert.Equal("startsAt",
            WorkshopDecider.Schedule(state, workshopId, Phase.Analysis, plan, Given.Now.AddDays(4)).Refused?.Fields.Single().Field);
        var scheduled = EngagementEvolution.Evolve(state, WorkshopDecider.Schedule(state, workshopId, Phase.Analysis, plan, Given.Now).Events);
        var workshop = scheduled.Workshop(workshopId)!;

        Assert.False(WorkshopDecider.ReminderDue(workshop, Given.Now.AddDays(1)));
        Assert.True(WorkshopDecider.ReminderDue(workshop, Given.Now.AddDays(2).AddHours(1)));
        var reminded = EngagementEvolution.Evolve(scheduled, new WorkshopReminded(Given.Id, workshopId, 0, Given.Now));
        Assert.False(WorkshopDecider.ReminderDue(reminded.Workshop(workshopId)!, Given.Now.AddDays(2).AddHours(1)));
        var moved = EngagementEvolution.Evolve(reminded,
            WorkshopDecider.Reschedule(reminded, workshopId, plan with { StartsAt = Given.Now.AddDays(5), EndsAt = Given.Now.AddDays(5).AddHours(2) },
                Given.Now).Events);
        Assert.Equal(1, moved.Workshop(workshopId)!.Sequence);
        Assert.True(WorkshopDecider.ReminderDue(moved.Workshop(workshopId)!, Given.Now.AddDays(4).AddHours(1)));
        var cancelled = EngagementEvolution.Evolve(moved, WorkshopDecider.Cancel(moved, workshopId, Given.Now).Events);
        Assert.False(WorkshopDecider.ReminderDue(cancelled.Workshop(workshopId)!, Given.Now.AddDays(4).AddHours(1)));
        Assert.Equal(RefusalKind.Conflict, WorkshopDecider.Cancel(cancelled, workshopId, Given.Now).Refused?.Kind);
    }

    [Fact]
    public void The_calendar_entry_keeps_its_uid_raises_its_sequence_and_is_in_berlin_time()
    {
        var id = Guid.NewGuid();
        var starts = new DateTimeOffset(2026, 7, 1, 7, 0, 0, TimeSpan.Zero);
        var first = CalendarFile.Write(
            new CalendarEntry($"sprint-workshop-{id:D}@kompetenzzentrum", 0, starts, starts.AddHours(3), "Analyse, Workshop", "Cottbus",
                CalendarStatus.Confirmed, Given.Now), "Sprints");
        var second = CalendarFile.Write(
            new CalendarEntry($"sprint-workshop-{id:D}@kompetenzzentrum", 1, starts.AddDays(1), starts.AddDays(1).AddHours(3), "Analyse, Workshop",
                "Cottbus", CalendarStatus.Confirmed, Given.Now), "Sprints");

        var a = Calendar.Load(first)!.Events.Single();
        var b = Calendar.Load(second)!.Events.Single();
        Assert.Equal(a.Uid, b.Uid);
        Assert.Equal((0, 1), (a.Sequence, b.Sequence));
        Assert.Equal("Europe/Berlin", a.DtStart!.TzId);
        Assert.Equal(9, a.DtStart.Value.Hour); // 07:00 UTC is 09:00 summer time in Berlin
        Assert.Equal("Analyse, Workshop", a.Summary);
    }

    [Fact]
    public void An_open_task_is_reminded_once_the_day_after_its_due_day_and_only_with_an_owner_in_the_team()
    {
        var taskId = Guid.NewGuid();
        var due = new DateOnly(2026, 3, 10);
        var state = EngagementEvolution.Evolve(WithMember(), TaskDecider.Assign(WithMember(), taskId, "Interviews", Member, due, Given.Now).Events);

        Assert.Equal("ownerMemberId", TaskDecider.Assign(state, Guid.NewGuid(), "x", Guid.NewGuid(), due, Given.Now).Refused?.Fields.Single().Field);
        Assert.Empty(
            TaskDecider.OverdueToRemind(state, new DateTimeOffset(2026, 3, 10, 22, 30, 0, TimeSpan.Zero))); // 23:30 in Berlin, still the due day
        Assert.Single(TaskDecider.OverdueToRemind(state, new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero)));
        var reminded = EngagementEvolution.Evolve(state, new TaskOverdueReminded(Given.Id, taskId, Given.Now));
        Assert.Empty(TaskDecider.OverdueToRemind(reminded, new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero)));
        var done = EngagementEvolution.Evolve(state, TaskDecider.Complete(state, taskId, Given.Now).Events);
        Assert.Empty(TaskDecider.OverdueToRemind(done, new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_follow_up_is_due_once_after_its_time_and_answers_name_roadmap_actions()
    {
        var state = EngagementEvolution.Evolve(Given.In(Phase.Transfer), Given.Action);
        var transferred = EngagementEvolution.Evolve(state,
            PhaseDecider.Complete(state, new CompletePhase(Phase.Transfer, true, new FollowUpDelay(3, null)), Given.Now).Events);

        Assert.False(FollowUpDecider.Due(transferred, Given.Now.AddMonths(3).AddSeconds(-1)));
        Assert.True(FollowUpDecider.Due(transferred, Given.Now.AddMonths(3)));
        Assert.Equal(RefusalKind.Conflict,
            FollowUpDecider.Answer(transferred, [new ActionAnswer(Given.Action.ActionId, ActionProgress.Done)], Given.Now).Refused?.Kind);
        var sent = EngagementEvolution.Evolve(transferred, new FollowUpSent(Given.Id, 1, Given.Now.AddMonths(3)));
        Assert.False(FollowUpDecider.Due(sent, Given.Now.AddMonths(4)));
        Assert.Equal("answers",
            FollowUpDecider.Answer(sent, [new ActionAnswer(Guid.NewGuid(), ActionProgress.Done)], Given.Now).Refused?.Fields.Single().Field);
    }
}
