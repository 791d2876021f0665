using System.Text.Json;
using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Kompetenzzentrum.Modules.Organisations.Tokens;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Privacy;

/// <summary>Export (Art. 15/20), erasure (Art. 17) and research consent.</summary>
internal static class PrivacyEndpoints
{
    public sealed record ResearchConsent(bool Consent);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void MapPrivacy(this IEndpointRouteBuilder api)
    {
        api.MapGet("/privacy/export", ExportAsync).RequireAuthorization(Policies.SignedIn).WithName("ExportMyData");
        api.MapPut("/accounts/me/research-consent", ConsentAsync).RequireAuthorization(Policies.SignedIn).WithName("SetResearchConsent")
            .Produces(StatusCodes.Status204NoContent);
        api.MapDelete("/accounts/me", async (HttpContext http, Erasure erasure, CancellationToken ct) =>
                await erasure.EraseAccountAsync(http.User.AccountId()!.Value, ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(Policies.SignedIn).WithName("EraseMyAccount");
        api.MapDelete("/accounts/{id:guid}", EraseMemberAsync).RequireAuthorization(Policies.SignedIn).WithName("EraseAccount");
        api.MapDelete("/{id:guid}", EraseOrganisationAsync).RequireAuthorization(Policies.SignedIn).WithName("EraseOrganisation");
    }

    private static async Task<IResult> EraseMemberAsync(Guid id, HttpContext http, IQuerySession session, Erasure erasure, CancellationToken ct)
    {
        var account = await session.LoadAsync<Account>(id, ct);
        var user = http.User;
        var allowed = user.IsInRole(Roles.PlatformAdmin)
            || (account?.OrganisationId is { } org && user.OrganisationId() == org && user.IsOrganisationAdmin());
        return account is null || account.Erased || !allowed
            ? Results.NotFound()
            : await erasure.EraseAccountAsync(id, ct) ? Results.NoContent() : Results.NotFound();
    }

    private static async Task<IResult> EraseOrganisationAsync(Guid id, HttpContext http, Erasure erasure, CancellationToken ct)
    {
        var user = http.User;
        if (!user.IsInRole(Roles.PlatformAdmin) && !(user.OrganisationId() == id && user.IsOrganisationAdmin()))
        {
            return Results.NotFound();
        }
        return await erasure.EraseOrganisationAsync(id, ct) ? Results.NoContent() : Results.NotFound();
    }

    private static async Task<IResult> ConsentAsync(
        ResearchConsent body, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var id = http.User.AccountId()!.Value;
        // The last answer holds whatever came before it, so a concurrent write to the account is simply retried.
        return await session.RetryOnConflictAsync(async token =>
        {
            session.Events.Append(id, body.Consent
                ? new ResearchConsentGiven(id, AccountEndpoints.TermsVersion, clock.GetUtcNow())
                : new ResearchConsentWithdrawn(id, clock.GetUtcNow()));
            // The person's consent decides, with the other members', whether the organisation's data stays row-level research data.
            if (http.User.OrganisationId() is { } organisation)
            {
                await ResearchConsentOfOrganisation.DecideAsync(
                    session, organisation, MembershipChange.ConsentOf(id, body.Consent), clock.GetUtcNow(), token);
            }
            await session.SaveChangesAsync(token);
            return Results.NoContent();
        }, ct);
    }

    private static async Task<IResult> ExportAsync(
        HttpContext http, IQuerySession session, IEnumerable<IPersonalDataExporter> exporters, CancellationToken ct)
    {
        var account = await session.LoadAsync<Account>(http.User.AccountId()!.Value, ct);
        if (account is null || account.Erased)
        {
            return Results.NotFound();
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
        return Results.File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", "kompetenzzentrum-daten.json");
    }
}
