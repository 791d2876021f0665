using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Research.Rebuild;

/// <summary>Staff rebuild the research read models from the event history; bookings go on meanwhile.</summary>
internal static class RebuildEndpoints
{
    public static void MapRebuild(this IEndpointRouteBuilder api) =>
        api.MapPost("/rebuild", Rebuild).RequireAuthorization(Policies.Staff).WithName("ResearchRebuild");

    private static async Task<IResult> Rebuild(ResearchRebuild rebuild, ITexts texts, CancellationToken ct) =>
        await rebuild.RunAsync(ct) is { } result
            ? Results.Ok(new { events = result.Events, seconds = result.Seconds, eventsPerSecond = result.EventsPerSecond })
            : Results.Problem(statusCode: 409, title: texts.Get("research.rebuild.running"));
}
