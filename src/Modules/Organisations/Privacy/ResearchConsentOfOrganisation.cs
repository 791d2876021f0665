using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Privacy;

/// <summary>
/// What a change does to the members or their consent: accounts joining or leaving, and one account's new consent.
/// The change is pending in the caller's session, so the stored documents do not show it yet.
/// </summary>
internal sealed record MembershipChange(Guid[] Joining, Guid[] Leaving, Guid? Account = null, bool Consent = false)
{
    public static MembershipChange Joined(Guid account) => new([account], []);

    public static MembershipChange Left(Guid account) => new([], [account]);

    public static MembershipChange ConsentOf(Guid account, bool consent) => new([], [], account, consent);
}

/// <summary>
/// The research consent is given by each person (registration, <c>PUT /accounts/me/research-consent</c>); research
/// data is about the organisation. An organisation takes part in research as pseudonymous rows while every one of its
/// members has consented: one member without consent, or one withdrawal, is enough to stop it (research then keeps
/// counts only). An organisation without members (registered by staff) has not consented. The public
/// <see cref="OrganisationResearchConsentChanged"/> tells research whenever that changes; it lives on a stream of its own,
/// so the organisation's version (its ETag) is not touched.
/// </summary>
internal static class ResearchConsentOfOrganisation
{
    public static Guid StreamOf(Guid organisationId) => Ids.Derived("organisation-research-consent", organisationId);

    /// <summary>
    /// Decides the organisation's consent with <paramref name="change"/> applied and appends the event to
    /// <paramref name="session"/> when it differs from the last one (none: not consented). Changes of one organisation
    /// are decided one at a time (a transaction-scoped advisory lock), so two members changing their consent at once
    /// cannot both decide on a state that leaves out the other's change.
    /// </summary>
    public static async Task DecideAsync(
        IDocumentSession session, Guid organisationId, MembershipChange change, DateTimeOffset now, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await session.AdvancedSql.QueryAsync<bool>("select true from pg_advisory_xact_lock(?)", ct, LockKey(organisationId));
        var organisation = await session.LoadAsync<Organisation>(organisationId, ct);
        var members = (organisation?.Members.Select(m => m.AccountId) ?? []).Union(change.Joining).Except(change.Leaving).ToArray();
        if (members.Length == 0 && change.Leaving.Length > 0)
        {
            // The last member leaves by erasure: the organisation's own erasure cuts the link to its figures, which stay.
            return;
        }
        var accounts = members.Length == 0 ? [] : await session.LoadManyAsync<Account>(ct, members);
        var consented = members.Length > 0 && accounts.Count == members.Length && accounts.All(a =>
            a.Id == change.Account ? change.Consent : a.ResearchConsentVersion is not null && !a.Erased);
        var stream = StreamOf(organisationId);
        var last = (await session.Events.FetchStreamAsync(stream, token: ct))
            .Select(e => e.Data).OfType<OrganisationResearchConsentChanged>().LastOrDefault();
        if ((last?.Consented ?? false) != consented)
        {
            session.Events.Append(stream, new OrganisationResearchConsentChanged(organisationId, consented, now));
        }
    }

    private static long LockKey(Guid organisationId) => BitConverter.ToInt64(StreamOf(organisationId).ToByteArray(), 0);
}
