using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Sprints.Applications;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Kompetenzzentrum.Modules.Sprints.Phases;
using Marten;

namespace Kompetenzzentrum.Modules.Sprints.History;

/// <summary>
/// The sprints' part of an organisation's history (the staff's CRM view): each application and staff's decision on it, the
/// sprint's start, every phase completed (and so the next one reached) or opened again, and the sprint finished with the
/// transfer. Dated by the events; linked to the application's page or the sprint's timeline. Results and canvas notes stay out.
/// </summary>
internal sealed class SprintHistory(IDocumentStore store, ITexts texts) : IOrganisationHistorySource
{
    private const string Module = "sprints";

    public async Task<IReadOnlyList<OrganisationHistoryEntry>> ForAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var applications = await session.Query<SprintApplication>().Where(a => a.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var engagements = await session.Query<Engagement>().Where(e => e.OrganisationId == organisationId).ToListAsync(cancellationToken);
        var entries = new List<OrganisationHistoryEntry>();
        foreach (var application in applications)
        {
            entries.AddRange(Application(application));
        }
        foreach (var engagement in engagements)
        {
            var link = TimelinePages.PathOf(engagement.Id);
            foreach (var e in await session.Events.FetchStreamAsync(engagement.Id, token: cancellationToken))
            {
                if (Step(e.Data) is { } step)
                {
                    entries.Add(step with { Link = link });
                }
            }
        }
        return entries;
    }

    private IEnumerable<OrganisationHistoryEntry> Application(SprintApplication a)
    {
        var link = $"{SprintBoardPages.Path}/bewerbungen/{a.Id}";
        yield return new(a.AppliedAt, Module, "sprint-application", texts.Both(new TextCode("sprints.history.applied")), Link: link);
        if (a.DecidedAt is not { } decided)
        {
            yield break;
        }
        var reason = string.IsNullOrWhiteSpace(a.Reason) ? null : new LocalizedText(a.Reason, a.Reason);
        yield return a.Status == ApplicationStatus.Accepted
            ? new(decided, Module, "sprint-accepted", texts.Both(new TextCode("sprints.history.accepted")), reason, link)
            : new(decided, Module, "sprint-declined", texts.Both(new TextCode("sprints.history.declined")), reason, link);
    }

    private OrganisationHistoryEntry? Step(object data) => data switch
    {
        EngagementStarted s => new(s.StartedAt, Module, "sprint-started", texts.Both(new TextCode("sprints.history.started")),
            texts.Both(new TextCode("sprints.history.started-detail",
                TextArgs.Of(("startsOn", s.StartsOn), ("weeks", s.Weeks), ("phase", PhaseWords.Name(Phase.Analysis)))))),
        PhaseCompleted { Phase: Phase.Transfer } c => new(c.CompletedAt, Module, "sprint-finished",
            texts.Both(new TextCode("sprints.history.finished", TextArgs.Of(("phase", PhaseWords.Name(c.Phase)))))),
        PhaseCompleted c => new(c.CompletedAt, Module, "sprint-phase-completed",
            texts.Both(new TextCode("sprints.history.phase-completed", TextArgs.Of(("phase", PhaseWords.Name(c.Phase))))),
            texts.Both(new TextCode("sprints.history.phase-reached", TextArgs.Of(("phase", PhaseWords.Name(PhaseOrder.Next(c.Phase)!.Value)))))),
        PhaseReopened r => new(r.At, Module, "sprint-phase-reopened",
            texts.Both(new TextCode("sprints.history.phase-reopened", TextArgs.Of(("phase", PhaseWords.Name(r.To))))),
            string.IsNullOrWhiteSpace(r.Reason) ? null : new LocalizedText(r.Reason, r.Reason)),
        _ => null,
    };
}
