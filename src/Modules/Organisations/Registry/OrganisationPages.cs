using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>
/// The organisation registration page. The cookie holds only the account id; <c>AccountClaims</c> adds the
/// organisation from the account on every request, so the very next page already sees the membership.
/// </summary>
internal static class OrganisationPages
{
    public const string Register = "/unternehmen/registrieren";

    /// <summary>Where a member goes next: the Digitalisierungs-Check.</summary>
    public const string Next = "/check";

    public static void MapOrganisationPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Register, (HttpContext http) => http.User.OrganisationId() is not null && !http.User.IsStaff()
                ? UiPages.Done(http, Next, UiText.T("Ihr Unternehmen ist bereits registriert.", "Your company is registered already."))
                : UiPages.Render<OrganisationRegisterPage>())
            .RequireAuthorization(Policies.SignedIn);
        pages.MapPost(Register, RegisterAsync).RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<IResult> RegisterAsync(IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        if (FormBinder.Bind<OrganisationInput>(state) is { } input)
        {
            var outcome = ApiOutcome.From(await OrganisationEndpoints.RegisterAsync(input, http, session, clock, ct));
            if (outcome.Succeeded)
            {
                return UiPages.Done(http, Next, UiText.T("Ihr Unternehmen ist registriert. Machen Sie jetzt den Digitalisierungs-Check.",
                    "Your company is registered. Now take the maturity check."));
            }
            state.Absorb(outcome);
        }
        return UiPages.Render<OrganisationRegisterPage>(new { State = state }, StatusCodes.Status400BadRequest);
    }
}
