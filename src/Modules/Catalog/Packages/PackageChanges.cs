using JasperFx;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Modules.Catalog.Offerings;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Packages;

/// <summary>A package after a change, with its version (the ETag).</summary>
internal sealed record ChangedPackage(CuratedPackage Package, long Version);

/// <summary>
/// Staff create, revise and retire curated packages: the one handler behind the API and the back-office pages. A revision
/// or retirement based on a version (<c>If-Match</c>, a page's hidden field) that is no longer current is refused as stale.
/// </summary>
internal sealed class PackageChanges(IDocumentSession session, TimeProvider clock)
{
    private const int MaxNameLength = 200;

    /// <summary>The field errors of a request that no stored data can cure (name, count, repeats).</summary>
    public static FieldErrors Validate(CuratedPackages.Request body)
    {
        var offeringIds = body.OfferingIds ?? [];
        return new FieldErrors()
            .When(string.IsNullOrWhiteSpace(body.Name?.De) || string.IsNullOrWhiteSpace(body.Name?.En)
                || body.Name.De.Length > MaxNameLength || body.Name.En.Length > MaxNameLength,
                "name", "catalog.package.name-required", TextArgs.Of(("max", MaxNameLength)))
            .When(offeringIds.Count is 0 or > CuratedPackages.MaxItems, "offeringIds", "catalog.package.offerings-count",
                TextArgs.Of(("max", CuratedPackages.MaxItems)))
            .When(offeringIds.Distinct().Count() != offeringIds.Count, "offeringIds", "catalog.package.offerings-once");
    }

    public async Task<Result<ChangedPackage>> CreateAsync(CuratedPackages.Request body, CancellationToken ct)
    {
        if (await CheckAsync(body, ct) is { } refused)
        {
            return refused;
        }
        var id = Ids.New(clock);
        var curated = new PackageCurated(id, Trimmed(body.Name!), body.OfferingIds!, clock.GetUtcNow());
        session.Events.StartStream<CuratedPackage>(id, curated);
        await session.SaveChangesAsync(ct);
        return new ChangedPackage(CuratedPackageProjection.Create(curated), 1);
    }

    /// <summary>Replaces name and offerings, based on version <paramref name="expected"/> when given.</summary>
    public async Task<Result<ChangedPackage>> ReviseAsync(Guid id, CuratedPackages.Request body, long? expected, CancellationToken ct)
    {
        if (await CheckAsync(body, ct) is { } refused)
        {
            return refused;
        }
        var revised = new PackageRevised(id, Trimmed(body.Name!), body.OfferingIds!, clock.GetUtcNow());
        return await ChangeAsync(id, expected, package => (revised, CuratedPackageProjection.Apply(revised, package)), ct);
    }

    /// <summary>Retires the package, based on version <paramref name="expected"/> when given.</summary>
    public Task<Result<ChangedPackage>> RetireAsync(Guid id, long? expected, CancellationToken ct)
    {
        var retired = new PackageRetired(id, clock.GetUtcNow());
        return ChangeAsync(id, expected, package => (retired, CuratedPackageProjection.Apply(retired, package)), ct);
    }

    private async Task<Refusal?> CheckAsync(CuratedPackages.Request body, CancellationToken ct)
    {
        if (Validate(body) is { Count: > 0 } errors)
        {
            return Refusal.Invalid(errors);
        }
        var found = await session.LoadManyAsync<CatalogEntry>(ct, body.OfferingIds!);
        return found.Count != body.OfferingIds!.Count ? Refusal.Invalid("offeringIds", "catalog.package.offering-unknown") : null;
    }

    // A retired package takes no further change; otherwise the event is appended and answered with the package after it.
    private async Task<Result<ChangedPackage>> ChangeAsync(
        Guid id, long? expected, Func<CuratedPackage, (object Event, CuratedPackage After)> decide, CancellationToken ct)
    {
        try
        {
            var stream = expected is { } version
                ? await session.Events.FetchForWriting<CuratedPackage>(id, version, ct)
                : await session.Events.FetchForWriting<CuratedPackage>(id, ct);
            if (stream.Aggregate is not { } package)
            {
                return Refusal.NotFound("catalog.package-not-found");
            }
            if (package.Retired)
            {
                return Refusal.Conflict("catalog.package.retired");
            }
            var (change, after) = decide(package);
            stream.AppendOne(change);
            await session.SaveChangesAsync(ct);
            return new ChangedPackage(after, (stream.StartingVersion ?? 0) + 1);
        }
        catch (ConcurrencyException)
        {
            var state = await session.Events.FetchStreamStateAsync(id, ct);
            return state is null ? Refusal.NotFound("catalog.package-not-found") : StaleVersions.Refusal(state.Version);
        }
    }

    private static LocalizedText Trimmed(LocalizedText name) => new(name.De.Trim(), name.En.Trim());
}
