using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
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
internal sealed record CurationView(
    IReadOnlyList<SmeProfile> Smes,
    SmeProfile? Chosen,
    IReadOnlyList<ProposalView> Proposals,
    IReadOnlyList<IntroductionRow> Introductions);

/// <summary>Staff match curation: pin or hide proposals, introduce a pair, withdraw an introduction.</summary>
internal static class CurationPages
{
    public const string Path = "/backoffice/matching";

    public static void MapCurationPages(this IEndpointRouteBuilder pages)
    {
        var staff = pages.MapGroup(Path).RequireAuthorization(Policies.Staff);
        staff.MapRoundPlanPages();
        staff.MapGet("", async (Guid? kmu, IQuerySession session, CancellationToken ct) =>
            UiPages.Render<CurationPage>(new { Model = await ViewAsync(kmu, session, ct) }));
        staff.MapPost("/{smeId:guid}/vorschlaege/{startupId:guid}/anheften",
            async (Guid smeId, Guid startupId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
                CancellationToken ct) =>
            Curated(http, texts, smeId,
                await ProposalHandlers.CurateAsync(smeId, startupId, session, new ProposalPinned(smeId, startupId, clock.GetUtcNow()), ct),
                "networking.proposal-pinned"));
        staff.MapPost("/{smeId:guid}/vorschlaege/{startupId:guid}/ausblenden",
            async (Guid smeId, Guid startupId, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
                CancellationToken ct) =>
            Curated(http, texts, smeId,
                await ProposalHandlers.CurateAsync(smeId, startupId, session, new ProposalHidden(smeId, startupId, clock.GetUtcNow()), ct),
                "networking.proposal-hidden"));
        staff.MapPost("/{smeId:guid}/vorstellungen/{startupId:guid}",
            async (Guid smeId, Guid startupId, IFormCollection form, HttpContext http, IDocumentSession session, IDocumentStore store,
                TimeProvider clock, ITexts texts, CancellationToken ct) =>
            Curated(http, texts, smeId,
                (await ProposeIntroductionHandler.ProposeAsync(new ProposeIntroduction(smeId, startupId), null, http.User, session, store, clock,
                    ct)).Refusal,
                "networking.introduction-proposed"));
        staff.MapPost("/vorstellungen/{id:guid}/zurueckziehen",
            async (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts,
                CancellationToken ct) =>
            Curated(http, texts, null,
                (await IntroductionHandlers.DecideAsync(id, null, session, i => IntroductionDecider.Withdraw(i, clock.GetUtcNow()), ct)).Refusal,
                "networking.introduction-withdrawn"));
    }

    private static async Task<CurationView> ViewAsync(Guid? chosenId, IQuerySession session, CancellationToken ct)
    {
        var smes = (await session.Query<SmeProfile>().ToListAsync(ct)).OrderBy(s => s.Details.Name, StringComparer.CurrentCulture).ToList();
        var chosen = smes.FirstOrDefault(s => s.Id == chosenId);
        var proposals = chosen is null ? null : await ProposalHandlers.ForSmeAsync(chosen.Id, 20, session, ct);
        var introductions = await session.Query<Introduction>().OrderByDescending(i => i.ProposedAt).Take(50).ToListAsync(ct);
        var startupIds = introductions.Select(i => i.StartupId).Distinct().ToArray();
        var startups = (await session.LoadManyAsync<StartupProfile>(ct, startupIds)).ToDictionary(s => s.Id, s => s.Details.Name);
        var smeNames = smes.ToDictionary(s => s.Id, s => s.Details.Name);
        var rows = introductions.Select(i =>
            new IntroductionRow(i, smeNames.GetValueOrDefault(i.SmeId, "–"), startups.GetValueOrDefault(i.StartupId, "–"))).ToList();
        return new CurationView(smes, chosen, proposals is { Succeeded: true } ? proposals.Value : [], rows);
    }

    private static IResult Curated(HttpContext http, ITexts texts, Guid? smeId, Refusal? refusal, string done)
    {
        var back = smeId is { } id ? $"{Path}?kmu={id}" : Path;
        return refusal switch
        {
            null => UiPages.Done(http, back, texts.Get(done)),
            { Kind: RefusalKind.Conflict } => UiPages.Failed(http, back, texts.Get("networking.curation-not-possible")),
            _ => UiPages.Failed(http, back, texts.Get("networking.failed")),
        };
    }
}
