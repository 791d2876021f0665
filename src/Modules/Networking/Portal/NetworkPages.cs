using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Networking.Introductions;
using Kompetenzzentrum.Modules.Networking.Matching;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Networking.Portal;

/// <summary>What the SME sees: its profile (form), its proposals with reasons, its introductions.</summary>
internal sealed record NetworkView(
    SmeProfile? Profile,
    bool IsStartup,
    IReadOnlyList<ProposalView> Proposals,
    IReadOnlyList<IntroductionView> Introductions,
    FormState ProfileForm);

/// <summary>
/// The SME's network page. Every action calls the same handler as the API for the member's own organisation, so the
/// rules (double opt-in, one open introduction per pair, field checks) are the API's.
/// </summary>
internal static class NetworkPages
{
    public const string Path = "/netzwerk";

    public static void MapNetworkPages(this IEndpointRouteBuilder pages)
    {
        var member = pages.MapGroup(Path).RequireAuthorization(Policies.OrganisationMember);
        member.MapGet("", async (HttpContext http, IQuerySession session, CancellationToken ct) =>
            http.User.OrganisationId() is { } org ? UiPages.Render<NetworkPage>(new { Model = await ViewAsync(org, null, session, ct) })
                : Results.NotFound());
        member.MapPost("/profil", SaveProfileAsync);
        member.MapPost("/profil/matching",
            async (IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
        {
            var on = form["optedIn"] == "true";
            var result = await ProfileHandlers.SetSmeMatchingAsync(Own(http), new SetMatching(on), session, clock, ct);
            return result.Succeeded
                ? UiPages.Done(http, Path, texts.Get(on ? "networking.matching-resumed" : "networking.matching-paused-done"))
                : UiPages.Failed(http, Path, texts.Get("networking.profile-first"));
        });
        member.MapPost("/vorschlaege/{startupId:guid}/anfragen", RequestAsync);
        member.MapPost("/vorstellungen/{id:guid}/annehmen",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            AnswerAsync(http, texts,
                IntroductionHandlers.DecideAsync(id, Own(http), session, i => IntroductionDecider.Accept(i, Own(http), clock.GetUtcNow()), ct),
                "networking.accepted"));
        member.MapPost("/vorstellungen/{id:guid}/ablehnen",
            (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct) =>
            AnswerAsync(http, texts,
                IntroductionHandlers.DecideAsync(id, Own(http), session, i => IntroductionDecider.Decline(i, Own(http), null, clock.GetUtcNow()), ct),
                "networking.declined"));
    }

    // The group's policy lets only members of an organisation in.
    private static Guid Own(HttpContext http) => http.User.OrganisationId()!.Value;

    public static async Task<NetworkView> ViewAsync(Guid organisationId, FormState? form, IQuerySession session, CancellationToken ct)
    {
        var profile = await session.LoadAsync<SmeProfile>(organisationId, ct);
        var isStartup = profile is null && await session.LoadAsync<StartupProfile>(organisationId, ct) is not null;
        var proposals = profile is null ? null : await ProposalHandlers.ForSmeAsync(organisationId, 10, session, ct);
        var introductions = await IntroductionHandlers.ListAsync(organisationId, session, ct);
        return new NetworkView(profile, isStartup, proposals is { Succeeded: true } ? proposals.Value : [], introductions, form
            ?? Prefilled(profile));
    }

    private static FormState Prefilled(SmeProfile? profile)
    {
        var state = FormState.Empty();
        if (profile?.Details is { } d)
        {
            state.With("name", d.Name).With("challengeTopics", d.ChallengeTopics).With("problemStatements", string.Join('\n', d.ProblemStatements))
                .With("industry", d.Industry).With("federalState", d.FederalState).With("postcode", d.Postcode)
                    .With("maturityLevel", d.MaturityLevel.ToString())
                .With("contact.name", d.Contact.Name).With("contact.email", d.Contact.Email).With("contact.phone", d.Contact.Phone);
        }
        return state;
    }

    private static async Task<IResult> SaveProfileAsync(IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock,
        ITexts texts, CancellationToken ct)
    {
        var state = FormState.From(form);
        // Nested contact fields and line lists are read by hand; the level goes through the binder's enum check.
        var level = FormBinder.Bind<Level>(state, texts);
        if (level is not null)
        {
            var request = new SaveSmeProfile(state.Value("name"), [.. state.Values("challengeTopics")],
                state.Lines("problemStatements"),
                state.Value("industry"), state.Value("federalState"), state.Value("postcode")?.Trim(), level.MaturityLevel,
                new ContactInput(state.Value("contact.name"), state.Value("contact.email")?.Trim(), state.Value("contact.phone")));
            var result = await ProfileHandlers.SaveSmeAsync(Own(http), request, session, clock, ct);
            if (result.Refusal is not { } refusal)
            {
                return UiPages.Done(http, Path, texts.Get("networking.profile-saved"));
            }
            state.Absorb(refusal, texts);
        }
        state.Summary ??= texts.Get(Refusal.InvalidCode);
        return UiPages.Render<NetworkPage>(new { Model = await ViewAsync(Own(http), state, session, ct) }, StatusCodes.Status400BadRequest);
    }

    // Asking to meet a proposed startup is the SME's own yes: the introduction starts with its acceptance.
    private static async Task<IResult> RequestAsync(Guid startupId, IFormCollection form, HttpContext http, IDocumentSession session,
        IDocumentStore store,
        TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var own = Own(http);
        var proposed = await ProposeIntroductionHandler.ProposeAsync(new ProposeIntroduction(own, startupId), null, http.User, session, store, clock,
            ct);
        if (proposed.Refusal is { } refusal)
        {
            return UiPages.Failed(http, Path,
                texts.Get(refusal.Kind == RefusalKind.Conflict ? "networking.request-open-exists" : "networking.failed"));
        }
        await using var next = store.LightweightSession();
        return await AnswerAsync(http, texts,
            IntroductionHandlers.DecideAsync(proposed.Value.Id, own, next, i => IntroductionDecider.Accept(i, own, clock.GetUtcNow()), ct),
            "networking.request-sent");
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, ITexts texts, Task<Result<Introduction>> decided, string done)
    {
        var result = await decided;
        return result.Refusal switch
        {
            null => UiPages.Done(http, Path, texts.Get(done)),
            { Kind: RefusalKind.NotFound } refusal => UiPages.Failed(http, Path, texts.Reason(refusal)),
            _ => UiPages.Failed(http, Path, texts.Get("networking.step-not-possible")),
        };
    }

    private sealed record Level(MaturityLevel? MaturityLevel);
}
