using System.Globalization;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Catalog.Browse;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>
/// The back office's package pages: the list with a form for a new package, and one package's form (name, offerings, its
/// version in a hidden field) with retiring. Plain forms over the API's handler <see cref="PackageChanges"/>.
/// </summary>
internal static class PackageAdminPages
{
    public const string Path = "/backoffice/pakete";

    public static NavigationItem Navigation => new(Path, new LocalizedText("Pakete", "Packages"), NavigationArea.Staff, 42, Policies.Staff);

    public static string Of(Guid id) => $"{Path}/{id}";

    public static string Retire(Guid id) => $"{Path}/{id}/zurueckziehen";

    public static void MapPackageAdminPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Path, (IQuerySession session, CancellationToken ct) => ListAsync(session, FormState.Empty(), 200, ct))
            .RequireAuthorization(Policies.Staff);
        pages.MapPost(Path, async (IFormCollection form, HttpContext http, PackageChanges changes, IQuerySession session, ITexts texts,
            CancellationToken ct) =>
        {
            var state = FormState.From(form);
            var result = await changes.CreateAsync(Request(state), ct);
            if (result.Refusal is not { } refusal)
            {
                return UiPages.Done(http, Path, texts.Get("catalog.package-admin.created"));
            }
            return await ListAsync(session, state.Absorb(refusal, texts), RefusalResults.StatusOf(refusal.Kind), ct);
        }).RequireAuthorization(Policies.Staff);
        pages.MapGet(Path + "/{id:guid}", async (Guid id, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<CuratedPackage>(id, ct) is { } package
                ? await EditorAsync(session, package, From(package, await VersionAsync(session, id, ct)), 200, ct)
                : Results.NotFound()).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{id:guid}", async (Guid id, IFormCollection form, HttpContext http, PackageChanges changes, IQuerySession session,
            ITexts texts, CancellationToken ct) =>
        {
            var state = FormState.From(form);
            var result = await changes.ReviseAsync(id, Request(state), Version(state), ct);
            if (result.Refusal is not { } refusal)
            {
                return UiPages.Done(http, Of(id), texts.Get("catalog.package-admin.saved"));
            }
            return await session.LoadAsync<CuratedPackage>(id, ct) is { } package
                ? await EditorAsync(session, package, state.Absorb(refusal, texts), RefusalResults.StatusOf(refusal.Kind), ct)
                : Results.NotFound();
        }).RequireAuthorization(Policies.Staff);
        pages.MapPost(Path + "/{id:guid}/zurueckziehen", async (Guid id, IFormCollection form, HttpContext http, PackageChanges changes,
            ITexts texts, CancellationToken ct) =>
            await changes.RetireAsync(id, Version(FormState.From(form)), ct) is { Refusal: { } refusal }
                ? UiPages.Failed(http, Of(id), texts.Reason(refusal))
                : UiPages.Done(http, Path, texts.Get("catalog.package-admin.retired"))).RequireAuthorization(Policies.Staff);
    }

    private static CuratedPackages.Request Request(FormState state) =>
        new(new LocalizedText(state.Value("nameDe") ?? "", state.Value("nameEn") ?? ""),
            [.. state.Values("offeringIds").Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)]);

    private static long? Version(FormState state) =>
        long.TryParse(state.Value("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;

    private static FormState From(CuratedPackage package, long version) => FormState.Empty()
        .With("nameDe", package.Name.De).With("nameEn", package.Name.En)
        .With("offeringIds", package.OfferingIds.Select(id => id.ToString()))
        .With("version", version.ToString(CultureInfo.InvariantCulture));

    private static async Task<long> VersionAsync(IQuerySession session, Guid id, CancellationToken ct) =>
        (await session.Events.FetchStreamStateAsync(id, ct))?.Version ?? 0;

    private static async Task<IResult> ListAsync(IQuerySession session, FormState state, int status, CancellationToken ct)
    {
        var packages = await session.Query<CuratedPackage>().OrderBy(p => p.CreatedAt).ToListAsync(ct);
        return UiPages.Render<PackageAdminPage>(new
        {
            Packages = packages.Select(p => new PackageAdminPage.Row(p.Id, OfferingCards.Text(p.Name), p.OfferingIds.Count, p.Retired)).ToList(),
            Offerings = await OptionsAsync(session, [], ct),
            State = state,
        }, status);
    }

    private static async Task<IResult> EditorAsync(
        IQuerySession session, CuratedPackage package, FormState state, int status, CancellationToken ct) =>
        UiPages.Render<PackageEditorPage>(new
        {
            Id = package.Id,
            Name = OfferingCards.Text(package.Name),
            Retired = package.Retired,
            Offerings = await OptionsAsync(session, package.OfferingIds, ct),
            State = state,
        }, status);

    // Offerings not archived, and those the package already holds (even archived ones, so that a revision can drop them).
    private static async Task<IReadOnlyList<PackageFields.Option>> OptionsAsync(IQuerySession session, IReadOnlyList<Guid> held, CancellationToken ct)
    {
        var entries = await session.Query<CatalogEntry>().ToListAsync(ct);
        return [.. entries.Where(e => e.Status != OfferingStatus.Archived || held.Contains(e.Id))
            .Select(e => new PackageFields.Option(e.Id, OfferingCards.Text(e.Title)))
            .OrderBy(o => o.Title, StringComparer.CurrentCulture)];
    }
}
