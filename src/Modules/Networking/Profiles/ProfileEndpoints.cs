using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Networking.Privacy;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Networking.Profiles;

/// <summary>
/// SME and startup profiles, one per organisation (the stream id is the organisation id). Profiles are
/// shown without contact data: that is only revealed inside an introduction both sides accepted.
/// </summary>
internal static class ProfileEndpoints
{
    public static void MapProfiles(this IEndpointRouteBuilder api)
    {
        api.MapGet("/smes", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok((await session.Query<SmeProfile>().ToListAsync(ct)).Select(SmeProfileView.Of).OrderBy(p => p.Name, StringComparer.Ordinal)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListSmeProfiles");
        api.MapPut("/smes/{organisationId:guid}", SaveSme).RequireOrganisationAccess().WithName("SaveSmeProfile");
        api.MapGet("/smes/{organisationId:guid}", async (Guid organisationId, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<SmeProfile>(organisationId, ct) is { } p ? Results.Ok(SmeProfileView.Of(p)) : Results.NotFound())
            .RequireOrganisationAccess()
            .WithName("GetSmeProfile");
        api.MapPut("/smes/{organisationId:guid}/matching", SetSmeMatching).RequireOrganisationAccess().WithName("SetSmeMatching");

        api.MapGet("/startups", async (IQuerySession session, CancellationToken ct) =>
            Results.Ok((await session.Query<StartupProfile>().ToListAsync(ct)).Select(StartupProfileView.Of).OrderBy(p => p.Name, StringComparer.Ordinal)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListStartupProfiles");
        api.MapPut("/startups/{organisationId:guid}", SaveStartup).RequireOrganisationAccess().WithName("SaveStartupProfile");
        api.MapGet("/startups/{organisationId:guid}", async (Guid organisationId, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<StartupProfile>(organisationId, ct) is { } p ? Results.Ok(StartupProfileView.Of(p)) : Results.NotFound())
            .RequireOrganisationAccess()
            .WithName("GetStartupProfile");
        api.MapPut("/startups/{organisationId:guid}/matching", SetStartupMatching).RequireOrganisationAccess().WithName("SetStartupMatching");
    }

    internal static async Task<IResult> SaveSme(Guid organisationId, SaveSmeProfile body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = ProfileInput.Check(body, out var details);
        if (details is null)
        {
            return problems.ToResult();
        }
        if (await NetworkErasure.IsErasedAsync(session, organisationId, ct))
        {
            return NetworkErasure.Gone(organisationId);
        }
        if (await session.LoadAsync<StartupProfile>(organisationId, ct) is not null)
        {
            return OtherKind(organisationId, "startup");
        }
        var now = clock.GetUtcNow();
        // A whole replacement: the later of two saves holds, so a concurrent save (or first save) is retried on what it left.
        var (saved, created) = await session.RetryOnConflictAsync(async token =>
        {
            var existing = await session.LoadAsync<SmeProfile>(organisationId, token);
            if (existing is null)
            {
                session.Events.StartStream<SmeProfile>(ProfileStreams.Sme(organisationId), new SmeProfileCreated(organisationId, details, now));
            }
            else
            {
                session.Events.Append(ProfileStreams.Sme(organisationId), new SmeProfileChanged(organisationId, details, now));
            }
            await session.SaveChangesAsync(token);
            return ((await session.LoadAsync<SmeProfile>(organisationId, token))!, existing is null);
        }, ct);
        return created
            ? Results.Created($"/api/networking/smes/{organisationId}", SmeProfileView.Of(saved))
            : Results.Ok(SmeProfileView.Of(saved));
    }

    private static async Task<IResult> SaveStartup(Guid organisationId, SaveStartupProfile body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var problems = ProfileInput.Check(body, out var details);
        if (details is null)
        {
            return problems.ToResult();
        }
        if (await NetworkErasure.IsErasedAsync(session, organisationId, ct))
        {
            return NetworkErasure.Gone(organisationId);
        }
        if (await session.LoadAsync<SmeProfile>(organisationId, ct) is not null)
        {
            return OtherKind(organisationId, "SME");
        }
        var now = clock.GetUtcNow();
        // A whole replacement: the later of two saves holds, so a concurrent save (or first save) is retried on what it left.
        var (saved, created) = await session.RetryOnConflictAsync(async token =>
        {
            var existing = await session.LoadAsync<StartupProfile>(organisationId, token);
            if (existing is null)
            {
                session.Events.StartStream<StartupProfile>(ProfileStreams.Startup(organisationId), new StartupProfileCreated(organisationId, details, now));
            }
            else
            {
                session.Events.Append(ProfileStreams.Startup(organisationId), new StartupProfileChanged(organisationId, details, now));
            }
            await session.SaveChangesAsync(token);
            return ((await session.LoadAsync<StartupProfile>(organisationId, token))!, existing is null);
        }, ct);
        return created
            ? Results.Created($"/api/networking/startups/{organisationId}", StartupProfileView.Of(saved))
            : Results.Ok(StartupProfileView.Of(saved));
    }

    internal static async Task<IResult> SetSmeMatching(Guid organisationId, SetMatching body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        return await session.RetryOnConflictAsync(async token =>
        {
            if (await session.LoadAsync<SmeProfile>(organisationId, token) is not { } profile)
            {
                return Results.NotFound();
            }
            if (profile.OptedIn != body.OptedIn)
            {
                session.Events.Append(ProfileStreams.Sme(organisationId), body.OptedIn
                    ? new SmeMatchingResumed(organisationId, clock.GetUtcNow())
                    : new SmeMatchingPaused(organisationId, clock.GetUtcNow()));
                await session.SaveChangesAsync(token);
            }
            return Results.Ok(SmeProfileView.Of((await session.LoadAsync<SmeProfile>(organisationId, token))!));
        }, ct);
    }

    private static async Task<IResult> SetStartupMatching(Guid organisationId, SetMatching body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        return await session.RetryOnConflictAsync(async token =>
        {
            if (await session.LoadAsync<StartupProfile>(organisationId, token) is not { } profile)
            {
                return Results.NotFound();
            }
            if (profile.OptedIn != body.OptedIn)
            {
                session.Events.Append(ProfileStreams.Startup(organisationId), body.OptedIn
                    ? new StartupMatchingResumed(organisationId, clock.GetUtcNow())
                    : new StartupMatchingPaused(organisationId, clock.GetUtcNow()));
                await session.SaveChangesAsync(token);
            }
            return Results.Ok(StartupProfileView.Of((await session.LoadAsync<StartupProfile>(organisationId, token))!));
        }, ct);
    }

    private static IResult OtherKind(Guid organisationId, string kind) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: $"Organisation {organisationId} already has a {kind} profile.");
}
