using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Networking.Curation;
using Kompetenzzentrum.Modules.Networking.Introductions;
using Kompetenzzentrum.Modules.Networking.Merges;
using Kompetenzzentrum.Modules.Networking.Profiles;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Networking.History;

/// <summary>
/// The networking part of an organisation's history (the staff's CRM view): each introduction it is a side of, with the other
/// side's name: proposed, each side's yes or no, withdrawn by staff, the meeting held, the outcome, closed by an erasure. Dated by
/// the introduction's events and linked to the SME's matching page. Reasons (free text) stay out. Proposals are computed on read
/// and matchmaking events are catalog bookings, so neither is recorded here.
/// </summary>
internal sealed class NetworkingHistory(IDocumentStore store, ITexts texts, IServiceProvider services) : IOrganisationHistorySource
{
    private const string Module = "networking";

    public async Task<IReadOnlyList<OrganisationHistoryEntry>> ForAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var introductions = await session.Query<Introduction>()
            .Where(i => i.SmeId == organisationId || i.StartupId == organisationId).ToListAsync(cancellationToken);
        if (introductions.Count == 0)
        {
            return [];
        }
        var names = await NamesAsync(session, introductions.Select(i => i.OtherSide(organisationId)).Distinct().ToArray(), cancellationToken);
        var entries = new List<OrganisationHistoryEntry>();
        foreach (var introduction in introductions)
        {
            var other = introduction.OtherSide(organisationId);
            var args = TextArgs.Of(("other", names.GetValueOrDefault(other) ?? other.ToString("N")[..8]));
            var weAreSme = introduction.SmeId == organisationId;
            var link = $"{CurationPages.Path}?kmu={introduction.SmeId}";
            Guid sme = Guid.Empty, startup = Guid.Empty;
            foreach (var e in await session.Events.FetchStreamAsync(introduction.Id, token: cancellationToken))
            {
                (sme, startup) = e.Data switch
                {
                    IntroductionProposed p => (p.SmeId, p.StartupId),
                    IntroductionPartyMoved m => (sme == m.FromOrganisationId ? m.OrganisationId : sme,
                        startup == m.FromOrganisationId ? m.OrganisationId : startup),
                    _ => (sme, startup),
                };
                bool Ours(Guid side) => side == (weAreSme ? sme : startup);
                var step = e.Data switch
                {
                    IntroductionProposed p => Entry(p.At, "introduction-proposed", new TextCode("networking.history.proposed", args)),
                    IntroductionAccepted a => Entry(a.At, "introduction-accepted", Ours(a.OrganisationId)
                        ? new TextCode("networking.history.accepted-by-us", args)
                        : new TextCode("networking.history.accepted-by-other", args)),
                    IntroductionDeclined d => Entry(d.At, "introduction-declined", Ours(d.OrganisationId)
                        ? new TextCode("networking.history.declined-by-us", args)
                        : new TextCode("networking.history.declined-by-other", args)),
                    IntroductionWithdrawn w => Entry(w.At, "introduction-withdrawn", new TextCode("networking.history.withdrawn", args)),
                    IntroductionMeetingHeld m => Entry(m.At, "introduction-meeting",
                        new TextCode("networking.history.meeting", args.With("heldOn", m.HeldOn))),
                    IntroductionOutcomeRecorded o => Entry(o.At, "introduction-outcome",
                        new TextCode("networking.history.outcome", args.With("outcome", Outcome(o.Outcome)))),
                    IntroductionPartyErased x => Entry(x.At, "introduction-closed", new TextCode("networking.history.closed", args)),
                    _ => null,
                };
                if (step is not null)
                {
                    entries.Add(step with { Link = link });
                }
            }
        }
        return entries;
    }

    private OrganisationHistoryEntry Entry(DateTimeOffset at, string kind, TextCode title) => new(at, Module, kind, texts.Both(title));

    private static TextCode Outcome(IntroductionOutcome outcome) => outcome switch
    {
        IntroductionOutcome.Cooperation => new TextCode("networking.history.outcome.cooperation"),
        IntroductionOutcome.Pilot => new TextCode("networking.history.outcome.pilot"),
        _ => new TextCode("networking.history.outcome.no-fit"),
    };

    // The organisations module's names first; organisations known only by their networking profile go by the profile's name.
    private async Task<Dictionary<Guid, string>> NamesAsync(IQuerySession session, Guid[] ids, CancellationToken ct)
    {
        var names = services.GetService<IOrganisationNames>() is { } directory
            ? new Dictionary<Guid, string>(await directory.NamesAsync(ids, ct))
            : [];
        var missing = ids.Where(id => !names.ContainsKey(id)).ToArray();
        foreach (var sme in await session.LoadManyAsync<SmeProfile>(ct, missing))
        {
            names[sme.Id] = sme.Details.Name;
        }
        foreach (var startup in await session.LoadManyAsync<StartupProfile>(ct, missing))
        {
            names.TryAdd(startup.Id, startup.Details.Name);
        }
        return names;
    }
}
