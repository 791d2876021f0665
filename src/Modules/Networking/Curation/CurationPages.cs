using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Networking.Introductions;
using Kompetenzzentrum.Modules.Networking.Matching;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Kompetenzzentrum.Modules.Networking.RoundPlans;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Networking.Curation;

/// <summary>One introduction for staff, with both names.</summary>
internal sealed record IntroductionRow(Introduction Introduction, string SmeName, string StartupName);

/// <summary>The curation page: SMEs to choose from, the chosen SME's proposals, the latest introductions.</summary>
internal sealed record CurationView(IReadOnlyList<SmeProfile> Smes, SmeProfile? Chosen, IReadOnlyList<ProposalView> Proposals, IReadOnlyList<IntroductionRow> Introductions);

/// <summary>Staff match curation: pin or hide proposals, introduce a pair, withdraw an introduction.</summary>
internal static class CurationPages
{
    public const string Path = "/backoffice/matching";

    public static void MapCurationPages(this IEndpointRouteBuilder pages)
    {
        var staff = pages.MapGroup(Path).RequireAuthorization(Policies.Staff);
        staff.MapRoundPlanPages();
        staff.MapGet("", async (Guid? kmu, IQuerySession session, CancellationToken ct) => UiPages.Render<CurationPage>(new { Model = await ViewAsync(kmu, session, ct) }));
        staff.MapPost("/{smeId:guid}/vorschlaege/{startupId:guid}/anheften", (Guid smeId, Guid startupId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            CurateAsync(http, smeId, ProposalEndpoints.Curate(smeId, startupId, session, new ProposalPinned(smeId, startupId, clock.GetUtcNow()), ct),
                UiText.T("Der Vorschlag steht jetzt oben.", "The proposal is now on top.")));
        staff.MapPost("/{smeId:guid}/vorschlaege/{startupId:guid}/ausblenden", (Guid smeId, Guid startupId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            CurateAsync(http, smeId, ProposalEndpoints.Curate(smeId, startupId, session, new ProposalHidden(smeId, startupId, clock.GetUtcNow()), ct),
                UiText.T("Der Vorschlag ist ausgeblendet.", "The proposal is hidden.")));
        staff.MapPost("/{smeId:guid}/vorstellungen/{startupId:guid}", (Guid smeId, Guid startupId, IFormCollection form, HttpContext http, IDocumentSession session, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
            CurateAsync(http, smeId, ProposeIntroductionEndpoint.Handle(new ProposeIntroduction(smeId, startupId), null, http, session, store, clock, ct),
                UiText.T("Die Vorstellung ist vorgeschlagen; beide Seiten werden gefragt.", "The introduction is proposed; both sides are asked.")));
        staff.MapPost("/vorstellungen/{id:guid}/zurueckziehen", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            CurateAsync(http, null, IntroductionEndpoints.Decide(id, null, session, i => IntroductionDecisions.Withdraw(i, clock.GetUtcNow()), ct),
                UiText.T("Die Vorstellung ist zurückgezogen.", "The introduction was withdrawn.")));
    }

    private static async Task<CurationView> ViewAsync(Guid? chosenId, IQuerySession session, CancellationToken ct)
    {
        var smes = (await session.Query<SmeProfile>().ToListAsync(ct)).OrderBy(s => s.Details.Name, StringComparer.CurrentCulture).ToList();
        var chosen = smes.FirstOrDefault(s => s.Id == chosenId);
        var proposals = chosen is null ? null : ApiOutcome.From(await ProposalEndpoints.ForSme(chosen.Id, 20, session, ct)).ValueAs<IReadOnlyList<ProposalView>>();
        var introductions = await session.Query<Introduction>().OrderByDescending(i => i.ProposedAt).Take(50).ToListAsync(ct);
        var startupIds = introductions.Select(i => i.StartupId).Distinct().ToArray();
        var startups = (await session.LoadManyAsync<StartupProfile>(ct, startupIds)).ToDictionary(s => s.Id, s => s.Details.Name);
        var smeNames = smes.ToDictionary(s => s.Id, s => s.Details.Name);
        var rows = introductions.Select(i => new IntroductionRow(i, smeNames.GetValueOrDefault(i.SmeId, "–"), startups.GetValueOrDefault(i.StartupId, "–"))).ToList();
        return new CurationView(smes, chosen, proposals ?? [], rows);
    }

    private static async Task<IResult> CurateAsync(HttpContext http, Guid? smeId, Task<IResult> act, string done)
    {
        var back = smeId is { } id ? $"{Path}?kmu={id}" : Path;
        var outcome = ApiOutcome.From(await act);
        return outcome.Succeeded ? UiPages.Done(http, back, done)
            : UiPages.Failed(http, back, outcome.Status == StatusCodes.Status409Conflict
                ? UiText.T("Das geht nicht: Es gibt schon eine offene Vorstellung, oder eine Seite hat pausiert.", "Not possible: an introduction is already open, or one side paused matching.")
                : UiText.T("Das hat nicht geklappt.", "That did not work."));
    }
}
