using System.Globalization;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>The company profile page of an organisation admin, over the API's <see cref="OrganisationHandlers.UpdateAsync"/>.</summary>
internal static class OrganisationProfilePages
{
    public const string Path = "/unternehmen/profil";

    public static void MapOrganisationProfilePages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, ShowAsync).RequireAuthorization(Policies.OrganisationAdmin);
        pages.MapPost(Path, SaveAsync).RequireAuthorization(Policies.OrganisationAdmin);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(http.User.OrganisationId()!.Value, ct);
        if (organisation is null || !organisation.Live)
        {
            return Results.NotFound();
        }
        var state = FormState.Empty().With("name", organisation.Name).With("kind", organisation.Kind).With("industry", organisation.Industry)
            .With("sizeClass", organisation.SizeClass).With("federalState", organisation.FederalState).With("postcode", organisation.Postcode)
            .With("version", organisation.Version.ToString(CultureInfo.InvariantCulture));
        return UiPages.Render<OrganisationProfilePage>(new { State = state });
    }

    private static async Task<IResult> SaveAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        if (FormBinder.Bind<OrganisationInput>(state, texts) is { } input)
        {
            long? version = long.TryParse(state.Value("version"), CultureInfo.InvariantCulture, out var read) ? read : null;
            var saved = await OrganisationHandlers.UpdateAsync(http.User.OrganisationId()!.Value, input, version, http.User, session, clock, ct);
            if (saved.Succeeded)
            {
                return UiPages.Done(http, Path, texts.Get("organisations.profile.saved"));
            }
            state.Absorb(saved.Refusal!, texts);
        }
        return UiPages.Render<OrganisationProfilePage>(new { State = state }, StatusCodes.Status400BadRequest);
    }
}
