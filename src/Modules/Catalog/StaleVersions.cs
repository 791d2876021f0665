using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Catalog;

/// <summary>
/// A write based on a version that is no longer current: the refusal carries the current version, so that the API's
/// 412 can name the ETag to reload.
/// </summary>
internal static class StaleVersions
{
    private const string Current = "version";

    /// <summary>The refusal of a stale write; <paramref name="current"/> is null when unknown.</summary>
    public static Refusal Refusal(long? current) =>
        Contracts.Application.Refusal.Stale("common.stale", current is { } version ? TextArgs.Of((Current, version)) : null);

    /// <summary>The API's answer to a refusal: a 412 naming the current ETag when stale, else the refusal's problem.</summary>
    public static IResult ToHttpResult(Refusal refused) => refused.Kind == RefusalKind.Stale
        ? EntityTags.Stale(refused.Args.GetValueOrDefault(Current) as long?)
        : refused.ToHttpResult();
}
