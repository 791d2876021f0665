using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
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
internal sealed record NetworkView(SmeProfile? Profile, bool IsStartup, IReadOnlyList<ProposalView> Proposals, IReadOnlyList<IntroductionView> Introductions, FormState ProfileForm);

/// <summary>
/// The SME's network page. Every action calls the API's handler for the member's own organisation, so the
/// rules (double opt-in, one open introduction per pair, field checks) are the API's.
/// </summary>
internal static class NetworkPages
{
    public const string Path = "/netzwerk";

    public static void MapNetworkPages(this IEndpointRouteBuilder pages)
    {
        var member = pages.MapGroup(Path).RequireAuthorization(Policies.OrganisationMember);
        member.MapGet("", async (HttpContext http, IQuerySession session, CancellationToken ct) =>
            http.User.OrganisationId() is { } org ? UiPages.Render<NetworkPage>(new { Model = await ViewAsync(org, null, session, ct) }) : Results.NotFound());
        member.MapPost("/profil", SaveProfileAsync);
        member.MapPost("/profil/matching", async (IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        {
            var on = form["optedIn"] == "true";
            var outcome = ApiOutcome.From(await ProfileEndpoints.SetSmeMatching(Own(http), new SetMatching(on), session, clock, ct));
            return outcome.Succeeded
                ? UiPages.Done(http, Path, on ? UiText.T("Sie erhalten wieder Vorschläge.", "You receive proposals again.") : UiText.T("Vorschläge sind pausiert.", "Proposals are paused."))
                : UiPages.Failed(http, Path, UiText.T("Legen Sie zuerst Ihr Profil an.", "Create your profile first."));
        });
        member.MapPost("/vorschlaege/{startupId:guid}/anfragen", RequestAsync);
        member.MapPost("/vorstellungen/{id:guid}/annehmen", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            AnswerAsync(http, IntroductionEndpoints.Decide(id, Own(http), session, i => IntroductionDecisions.Accept(i, Own(http), clock.GetUtcNow()), ct),
                UiText.T("Sie haben zugesagt.", "You said yes.")));
        member.MapPost("/vorstellungen/{id:guid}/ablehnen", (Guid id, IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            AnswerAsync(http, IntroductionEndpoints.Decide(id, Own(http), session, i => IntroductionDecisions.Decline(i, Own(http), null, clock.GetUtcNow()), ct),
                UiText.T("Sie haben abgesagt.", "You declined.")));
    }

    // The group's policy lets only members of an organisation in.
    private static Guid Own(HttpContext http) => http.User.OrganisationId()!.Value;

    public static async Task<NetworkView> ViewAsync(Guid organisationId, FormState? form, IQuerySession session, CancellationToken ct)
    {
        var profile = await session.LoadAsync<SmeProfile>(organisationId, ct);
        var isStartup = profile is null && await session.LoadAsync<StartupProfile>(organisationId, ct) is not null;
        var proposals = profile is null ? null : ApiOutcome.From(await ProposalEndpoints.ForSme(organisationId, 10, session, ct)).ValueAs<IReadOnlyList<ProposalView>>();
        var introductions = ApiOutcome.From(await IntroductionEndpoints.List(organisationId, session, ct)).ValueAs<IReadOnlyList<IntroductionView>>();
        return new NetworkView(profile, isStartup, proposals ?? [], introductions ?? [], form ?? Prefilled(profile));
    }

    private static FormState Prefilled(SmeProfile? profile)
    {
        var state = FormState.Empty();
        if (profile?.Details is { } d)
        {
            state.With("name", d.Name).With("challengeTopics", d.ChallengeTopics).With("problemStatements", string.Join('\n', d.ProblemStatements))
                .With("industry", d.Industry).With("federalState", d.FederalState).With("postcode", d.Postcode).With("maturityLevel", d.MaturityLevel.ToString())
                .With("contact.name", d.Contact.Name).With("contact.email", d.Contact.Email).With("contact.phone", d.Contact.Phone);
        }
        return state;
    }

    private static async Task<IResult> SaveProfileAsync(IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        // Nested contact fields and line lists are read by hand; the level goes through the binder's enum check.
        var level = FormBinder.Bind<Level>(state);
        if (level is not null)
        {
            var request = new SaveSmeProfile(state.Value("name"), [.. state.Values("challengeTopics")],
                state.Lines("problemStatements"),
                state.Value("industry"), state.Value("federalState"), state.Value("postcode")?.Trim(), level.MaturityLevel,
                new ContactInput(state.Value("contact.name"), state.Value("contact.email")?.Trim(), state.Value("contact.phone")));
            var outcome = ApiOutcome.From(await ProfileEndpoints.SaveSme(Own(http), request, session, clock, ct));
            if (outcome.Succeeded)
            {
                return UiPages.Done(http, Path, UiText.T("Ihr Profil ist gespeichert.", "Your profile was saved."));
            }
            state.Absorb(outcome);
        }
        state.Summary ??= UiText.T("Bitte prüfen Sie die markierten Felder.", "Please check the marked fields.");
        return UiPages.Render<NetworkPage>(new { Model = await ViewAsync(Own(http), state, session, ct) }, StatusCodes.Status400BadRequest);
    }

    // Asking to meet a proposed startup is the SME's own yes: the introduction starts with its acceptance.
    private static async Task<IResult> RequestAsync(Guid startupId, IFormCollection form, HttpContext http, IDocumentSession session, IDocumentStore store,
        TimeProvider clock, CancellationToken ct)
    {
        var own = Own(http);
        var proposed = ApiOutcome.From(await ProposeIntroductionEndpoint.Handle(new ProposeIntroduction(own, startupId), null, http, session, store, clock, ct));
        // A side gets its own view of the introduction (staff the whole record).
        if ((proposed.ValueAs<IntroductionView>()?.IntroductionId ?? proposed.ValueAs<Introduction>()?.Id) is not { } introductionId)
        {
            return UiPages.Failed(http, Path, proposed.Status == StatusCodes.Status409Conflict
                ? UiText.T("Mit diesem Startup gibt es schon eine offene Vorstellung.", "There is already an open introduction with this startup.")
                : UiText.T("Das hat nicht geklappt.", "That did not work."));
        }
        await using var next = store.LightweightSession();
        return await AnswerAsync(http, IntroductionEndpoints.Decide(introductionId, own, next, i => IntroductionDecisions.Accept(i, own, clock.GetUtcNow()), ct),
            UiText.T("Ihre Anfrage ist unterwegs. Sobald das Startup zusagt, sehen Sie die Kontaktdaten.", "Your request is on its way. Once the startup says yes, you see the contact details."));
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, Task<IResult> decided, string done)
    {
        var outcome = ApiOutcome.From(await decided);
        return outcome.Succeeded ? UiPages.Done(http, Path, done)
            : outcome.Status == StatusCodes.Status404NotFound ? UiPages.Failed(http, Path, UiText.T("Diese Vorstellung gibt es nicht.", "This introduction does not exist."))
            : UiPages.Failed(http, Path, UiText.T("Das geht in diesem Schritt nicht mehr.", "That is no longer possible at this step."));
    }

    private sealed record Level(MaturityLevel? MaturityLevel);
}
