using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Modules.Sprints.Applications;
using Kompetenzzentrum.Modules.Sprints.Canvas;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;

namespace Kompetenzzentrum.Modules.Sprints.Privacy;

/// <summary>
/// Erases and exports what sprints keep about people: application texts, team names and addresses, and the
/// free text of the work (canvas notes, challenges, insights, ideas, roadmap, workshops, tasks). Erasing an
/// organisation masks the free text in its sprint streams (masking rules in <see cref="SprintsModule"/>) and
/// removes its read models; erasing a person masks their team entries. Ids, phases and progress values stay,
/// so the research figures (phase completions, follow-up answers, need signals) remain consistent.
/// </summary>
internal sealed class SprintPersonalData(IDocumentStore store) : IPersonalDataEraser, IPersonalDataExporter
{
    public const string Erased = "erased";

    public string Section => "sprints";

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var emails = subject.Emails.Select(e => e.ToLowerInvariant()).ToHashSet();
        var accounts = subject.AccountIds.ToHashSet();
        if (subject.OrganisationId is { } organisation)
        {
            var applications = await session.Query<SprintApplication>().Where(a => a.OrganisationId == organisation).Select(a => a.Id)
                .ToListAsync(cancellationToken);
            var engagements = await session.Query<Engagement>().Where(e => e.OrganisationId == organisation).Select(e => e.Id)
                .ToListAsync(cancellationToken);
            // Marten refuses a masking run without streams: an organisation without sprints has nothing to mask.
            if (applications.Count + engagements.Count > 0)
            {
                await MaskAsync(applications, engagements, cancellationToken);
            }
            session.DeleteWhere<SprintApplication>(a => a.OrganisationId == organisation);
            session.DeleteWhere<Engagement>(e => e.OrganisationId == organisation);
            var engagementIds = engagements.ToArray();
            session.DeleteWhere<BusinessCanvas>(c => engagementIds.Contains(c.EngagementId));
        }
        foreach (var engagement in await session.Query<Engagement>().ToListAsync(cancellationToken))
        {
            var concerned = engagement.Team.Where(m => (m.Email is not null && emails.Contains(m.Email))
                || (m.AccountId is { } a && accounts.Contains(a))).ToList();
            if (concerned.Count == 0)
            {
                continue;
            }
            var ids = concerned.Select(m => m.MemberId).ToHashSet();
            await store.Advanced.ApplyEventDataMasking(masking =>
                masking.IncludeStream(engagement.Id, e => e.Data is TeamMemberAdded added && ids.Contains(added.MemberId)), cancellationToken);
            session.Store(
                engagement with
                {
                    Team = [.. engagement.Team.Select(m => ids.Contains(m.MemberId)
                    ? m with { Name = Erased, Email = null, AccountId = null } : m)]
                });
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    private Task MaskAsync(IReadOnlyList<Guid> applications, IReadOnlyList<Guid> engagements, CancellationToken ct) =>
        store.Advanced.ApplyEventDataMasking(masking =>
        {
            foreach (var id in applications.Concat(engagements))
            {
                masking.IncludeStream(id);
            }
            foreach (var id in engagements)
            {
                masking.IncludeStream(CanvasKinds.StreamId(id, CanvasKinds.AsIs));
                masking.IncludeStream(CanvasKinds.StreamId(id, CanvasKinds.ToBe));
            }
        }, ct);

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var emails = subject.Emails.Select(e => e.ToLowerInvariant()).ToHashSet();
        var accounts = subject.AccountIds.ToHashSet();
        var accountIds = subject.AccountIds.ToArray();
        var engagements = await session.Query<Engagement>().ToListAsync(cancellationToken);
        var memberships = engagements.SelectMany(e =>
            e.Team.Where(m => (m.Email is not null && emails.Contains(m.Email)) || (m.AccountId is { } a && accounts.Contains(a)))
            .Select(m => new { engagementId = e.Id, m.MemberId, m.Side, m.Name, m.Email })).ToList();
        var applications = subject.OrganisationId is { } organisation
            ? await session.Query<SprintApplication>().Where(a => a.OrganisationId == organisation).ToListAsync(cancellationToken)
            : await session.Query<SprintApplication>().Where(a => accountIds.Contains(a.AccountId)).ToListAsync(cancellationToken);
        var own = subject.OrganisationId is { } org ? engagements.Where(e => e.OrganisationId == org).ToList() : [];
        return new { applications, teamMemberships = memberships, engagements = own };
    }
}
