using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>
/// The organisation registration page, over the API's handler (<see cref="OrganisationHandlers"/>). The cookie holds
/// only the account id; <c>AccountClaims</c> adds the organisation from the account on every request, so the very
/// next page already sees the membership.
/// </summary>
internal static class OrganisationPages
{
    public const string Register = "/unternehmen/registrieren";

    /// <summary>Where a member goes next: the Digitalisierungs-Check.</summary>
    public const string Next = "/check";

    public static void MapOrganisationPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Register, (HttpContext http, ITexts texts) => http.User.OrganisationId() is not null && !http.User.IsStaff()
                ? UiPages.Done(http, Next, texts.Get("organisations.organisation-registered-already"))
                : UiPages.Render<OrganisationRegisterPage>())
            .RequireAuthorization(Policies.SignedIn);
        pages.MapPost(Register, RegisterAsync).RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<IResult> RegisterAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        if (FormBinder.Bind<OrganisationInput>(state, texts) is { } input)
        {
            var result = await OrganisationHandlers.RegisterAsync(input, http.User, session, clock, ct);
            if (result.Succeeded)
            {
                return UiPages.Done(http, Next, texts.Get("organisations.organisation-registered"));
            }
            state.Absorb(result.Refusal!, texts);
        }
        return UiPages.Render<OrganisationRegisterPage>(new { State = state }, StatusCodes.Status400BadRequest);
    }
}
