using Kompetenzzentrum.Contracts.Privacy;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Organisations.Accounts;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Privacy;

/// <summary>Export (Art. 15/20), erasure (Art. 17) and research consent.</summary>
internal static class PrivacyEndpoints
{
    public sealed record ResearchConsent(bool Consent);

    public static void MapPrivacy(this IEndpointRouteBuilder api)
    {
        api.MapGet("/privacy/export", ExportAsync).RequireAuthorization(Policies.SignedIn).WithName("ExportMyData");
        api.MapPut("/accounts/me/research-consent", ConsentAsync).RequireAuthorization(Policies.SignedIn).WithName("SetResearchConsent")
            .Produces(StatusCodes.Status204NoContent);
        // The last admin of an organisation is refused (409) with what to do instead; see SelfErasureDecider.
        api.MapDelete("/accounts/me", async (HttpContext http, IQuerySession session, Erasure erasure, CancellationToken ct) =>
                (await PrivacyHandlers.EraseSelfAsync(http.User.AccountId()!.Value, session, erasure, ct)).ToHttpResult(_ => Results.NoContent()))
            .RequireAuthorization(Policies.SignedIn).WithName("EraseMyAccount").ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/accounts/{id:guid}", EraseMemberAsync).RequireAuthorization(Policies.SignedIn).WithName("EraseAccount");
        api.MapDelete("/{id:guid}", EraseOrganisationAsync).RequireAuthorization(Policies.SignedIn).WithName("EraseOrganisation");
    }

    private static async Task<IResult> EraseMemberAsync(Guid id, HttpContext http, IQuerySession session, Erasure erasure, CancellationToken ct)
    {
        var account = await session.LoadAsync<Account>(id, ct);
        var user = http.User;
        var allowed = user.IsInRole(Roles.PlatformAdmin)
            || (account?.OrganisationId is { } org && user.OrganisationId() == org && user.IsOrganisationAdmin());
        if (account is null || account.Erased || !allowed)
        {
            return Results.NotFound();
        }
        // An organisation admin erasing their own account this way meets the same rule as DELETE /accounts/me.
        if (!user.IsInRole(Roles.PlatformAdmin) && await PrivacyHandlers.SelfErasureRefusalAsync(id, session, ct) is { } refusal)
        {
            return refusal.ToHttpResult();
        }
        return await erasure.EraseAccountAsync(id, ct) ? Results.NoContent() : Results.NotFound();
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
        await PrivacyHandlers.SetConsentAsync(http.User.AccountId()!.Value, http.User.OrganisationId(), body.Consent, session, clock, ct);
        return Results.NoContent();
    }

    private static async Task<IResult> ExportAsync(
        HttpContext http, IQuerySession session, IEnumerable<IPersonalDataExporter> exporters, CancellationToken ct) =>
        await PrivacyHandlers.ExportAsync(http.User.AccountId()!.Value, session, exporters, ct) is { } export
            ? Results.File(export, "application/json", PrivacyHandlers.ExportFileName)
            : Results.NotFound();
}
