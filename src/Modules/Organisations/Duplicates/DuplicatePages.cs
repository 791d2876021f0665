using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>
/// The staff page of likely duplicates: the list, a confirmation page that says what moves, and the two posts, through the same
/// query and handlers as the API (<see cref="DuplicateQueries"/>, <see cref="DuplicateHandlers"/>). Plain links and forms.
/// </summary>
internal static class DuplicatePages
{
    public const string Path = "/backoffice/dubletten";
    public const string MergePath = Path + "/zusammenfuehren";
    public const string DismissPath = Path + "/keine-dublette";

    public static string ConfirmPath(Guid survivor, Guid duplicate) => $"{MergePath}?survivor={survivor}&duplicate={duplicate}";

    public static void MapDuplicatePages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, async (HttpContext http, IQuerySession session, CancellationToken ct) => UiPages.Render<DuplicatesPage>(new
        {
            Pairs = await DuplicateQueries.ListAsync(session, http.RequestServices.GetService<IOrganisationBookingCounts>(), ct),
        })).RequireAuthorization(Policies.Staff);
        pages.MapGet(MergePath, ConfirmAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(MergePath, MergeAsync).RequireAuthorization(Policies.Staff);
        pages.MapPost(DismissPath, DismissAsync).RequireAuthorization(Policies.Staff);
    }

    private static async Task<IResult> ConfirmAsync(
        Guid? survivor, Guid? duplicate, HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct)
    {
        var pairs = await DuplicateQueries.ListAsync(session, http.RequestServices.GetService<IOrganisationBookingCounts>(), ct);
        var sides = pairs.SelectMany(p => new[] { p.First, p.Second }).DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        if (survivor is not { } s || duplicate is not { } d || s == d || !sides.TryGetValue(s, out var kept) || !sides.TryGetValue(d, out var merged))
        {
            return UiPages.Failed(http, Path, texts.Get("organisations.duplicates.gone"));
        }
        return UiPages.Render<MergeConfirmPage>(new { Survivor = kept, Duplicate = merged });
    }

    private static async Task<IResult> MergeAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        if (!Guid.TryParse(form["survivorId"], out var survivor))
        {
            return UiPages.Failed(http, Path, texts.Get("organisations.duplicates.gone"));
        }
        long? version = long.TryParse(form["version"], out var v) ? v : null;
        var request = new MergeRequest(Guid.TryParse(form["duplicateId"], out var duplicate) ? duplicate : null);
        var result = await DuplicateHandlers.MergeAsync(survivor, request, version, http.User, session,
            http.RequestServices.GetServices<IOrganisationMergeParticipant>(), clock, ct);
        return result.Refusal is { } refusal
            ? UiPages.Failed(http, Path, texts.Reason(refusal))
            : UiPages.Done(http, Path, texts.Get("organisations.duplicates.merged"));
    }

    private static async Task<IResult> DismissAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, TimeProvider clock, ITexts texts, CancellationToken ct)
    {
        var request = new DismissRequest(
            Guid.TryParse(form["firstId"], out var first) ? first : null, Guid.TryParse(form["secondId"], out var second) ? second : null);
        return await DuplicateHandlers.DismissAsync(request, http.User, session, clock, ct) is { } refusal
            ? UiPages.Failed(http, Path, texts.Reason(refusal))
            : UiPages.Done(http, Path, texts.Get("organisations.duplicates.dismissed"));
    }
}
