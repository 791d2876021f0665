using System.Text.Json;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Kompetenzzentrum.Modules.Organisations.Tokens;
using Marten;

namespace Kompetenzzentrum.Modules.Organisations.Privacy;

/// <summary>The data export and the research consent, for the API (<see cref="PrivacyEndpoints"/>) and the privacy center page.</summary>
internal static class PrivacyHandlers
{
    public const string ExportFileName = "kompetenzzentrum-daten.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Why the person may not erase their own account now (<see cref="SelfErasureDecider"/>), or null.</summary>
    public static async Task<Refusal?> SelfErasureRefusalAsync(Guid accountId, IQuerySession session, CancellationToken ct)
    {
        var account = await session.LoadAsync<Account>(accountId, ct);
        var organisation = account?.OrganisationId is { } id ? await session.LoadAsync<Organisation>(id, ct) : null;
        return SelfErasureDecider.MayErase(accountId, organisation);
    }

    /// <summary>Erases the person's own account unless <see cref="SelfErasureDecider"/> refuses; a refusal changes nothing.</summary>
    public static async Task<Result<bool>> EraseSelfAsync(Guid accountId, IQuerySession session, Erasure erasure, CancellationToken ct) =>
        await SelfErasureRefusalAsync(accountId, session, ct) is { } refusal
            ? refusal
            : await erasure.EraseAccountAsync(accountId, ct) ? true : Refusal.NotFound("common.not-found");

    /// <summary>Gives or withdraws the person's research consent; the last answer holds, so a concurrent write is simply retried.</summary>
    public static Task SetConsentAsync(
        Guid accountId, Guid? organisationId, bool consent, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(accountId, consent
                ? new ResearchConsentGiven(accountId, AccountEndpoints.TermsVersion, clock.GetUtcNow())
                : new ResearchConsentWithdrawn(accountId, clock.GetUtcNow()));
            // The person's consent decides, with the other members', whether the organisation's data stays row-level research data.
            if (organisationId is { } organisation)
            {
                await ResearchConsentOfOrganisation.DecideAsync(
                    session, organisation, MembershipChange.ConsentOf(accountId, consent), clock.GetUtcNow(), token);
            }
            await session.SaveChangesAsync(token);
            return true;
        }, ct);

    /// <summary>Everything stored about the person (and, for an admin, its organisation) as JSON; null for an unknown or erased account.</summary>
    public static async Task<byte[]?> ExportAsync(
        Guid accountId, IQuerySession session, IEnumerable<IPersonalDataExporter> exporters, CancellationToken ct)
    {
        var account = await session.LoadAsync<Account>(accountId, ct);
        if (account is null || account.Erased)
        {
            return null;
        }
        var export = new Dictionary<string, object?>
        {
            ["exportedFor"] = account.Id,
            ["account"] = new
            {
                account.Id,
                account.Email,
                account.DisplayName,
                account.Roles,
                account.RegisteredAt,
                account.LastSignInAt,
                account.TermsVersion,
                account.ResearchConsentVersion,
                account.EmailConfirmed,
            },
            ["accessTokens"] = (await session.Query<AccessToken>().Where(t => t.AccountId == account.Id).ToListAsync(ct))
                .Select(t => new { t.Name, t.Scopes, t.CreatedAt, t.ExpiresAt, t.RevokedAt }),
        };
        var emails = new List<string> { account.NormalizedEmail! };
        if (account.OrganisationId is { } org && await session.LoadAsync<Organisation>(org, ct) is { } organisation)
        {
            export["organisation"] = OrganisationEndpoints.View(organisation);
            if (account.IsOrganisationAdmin)
            {
                var members = await session.LoadManyAsync<Account>(ct, organisation.Members.Select(m => m.AccountId).ToArray());
                export["members"] = members.Select(m => new { m.Id, m.DisplayName, m.Email });
                export["invitations"] = organisation.Invitations.Select(i => new { i.Email, i.AsAdmin, i.ExpiresAt, i.Accepted });
                export["contactPerson"] = organisation.Contact;
            }
        }
        var subject = new PersonalDataSubject([account.Id], emails, account.IsOrganisationAdmin ? account.OrganisationId : null);
        foreach (var exporter in exporters)
        {
            export[exporter.Section] = await exporter.ExportAsync(subject, ct);
        }
        return JsonSerializer.SerializeToUtf8Bytes(export, Json);
    }
}
