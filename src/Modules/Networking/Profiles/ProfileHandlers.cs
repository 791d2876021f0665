using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Networking.Privacy;
using Marten;

namespace Kompetenzzentrum.Modules.Networking.Profiles;

/// <summary>A saved profile as its owner sees it, and whether the save created it.</summary>
internal sealed record SavedProfile<TView>(TView View, bool Created);

/// <summary>
/// SME and startup profiles (the stream id is the organisation id), for the API (<see cref="ProfileEndpoints"/>) and the
/// network page. A save replaces the whole profile: the later of two saves holds, so a concurrent save (or first
/// save) is retried on what it left.
/// </summary>
internal static class ProfileHandlers
{
    public static async Task<Result<SavedProfile<SmeProfileView>>> SaveSmeAsync(
        Guid organisationId, SaveSmeProfile body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = ProfileInput.Check(body, out var details);
        if (details is null)
        {
            return Refusal.Invalid(errors);
        }
        if (
            await RefusedAsync(organisationId, session, other: await session.LoadAsync<StartupProfile>(organisationId, ct) is not null, "startup",
                ct) is { } refusal)
        {
            return refusal;
        }
        var now = clock.GetUtcNow();
        return await session.RetryOnConflictAsync(async token =>
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
            return new SavedProfile<SmeProfileView>(SmeProfileView.Of((await session.LoadAsync<SmeProfile>(organisationId, token))!),
                existing is null);
        }, ct);
    }

    public static async Task<Result<SavedProfile<StartupProfileView>>> SaveStartupAsync(
        Guid organisationId, SaveStartupProfile body, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var errors = ProfileInput.Check(body, out var details);
        if (details is null)
        {
            return Refusal.Invalid(errors);
        }
        if (
            await RefusedAsync(organisationId, session, other: await session.LoadAsync<SmeProfile>(organisationId, ct) is not null, "SME",
                ct) is { } refusal)
        {
            return refusal;
        }
        var now = clock.GetUtcNow();
        return await session.RetryOnConflictAsync(async token =>
        {
            var existing = await session.LoadAsync<StartupProfile>(organisationId, token);
            if (existing is null)
            {
                session.Events.StartStream<StartupProfile>(ProfileStreams.Startup(organisationId),
                    new StartupProfileCreated(organisationId, details, now));
            }
            else
            {
                session.Events.Append(ProfileStreams.Startup(organisationId), new StartupProfileChanged(organisationId, details, now));
            }
            await session.SaveChangesAsync(token);
            return new SavedProfile<StartupProfileView>(StartupProfileView.Of((await session.LoadAsync<StartupProfile>(organisationId, token))!),
                existing is null);
        }, ct);
    }

    public static async Task<Result<SmeProfileView>> SetSmeMatchingAsync(Guid organisationId, SetMatching body, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        await session.RetryOnConflictAsync<Result<SmeProfileView>>(async token =>
        {
            if (await session.LoadAsync<SmeProfile>(organisationId, token) is not { } profile)
            {
                return Refusal.NotFound("networking.profile-not-found");
            }
            if (profile.OptedIn != body.OptedIn)
            {
                session.Events.Append(ProfileStreams.Sme(organisationId), body.OptedIn
                    ? new SmeMatchingResumed(organisationId, clock.GetUtcNow())
                    : new SmeMatchingPaused(organisationId, clock.GetUtcNow()));
                await session.SaveChangesAsync(token);
            }
            return SmeProfileView.Of((await session.LoadAsync<SmeProfile>(organisationId, token))!);
        }, ct);

    public static async Task<Result<StartupProfileView>> SetStartupMatchingAsync(Guid organisationId, SetMatching body, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        await session.RetryOnConflictAsync<Result<StartupProfileView>>(async token =>
        {
            if (await session.LoadAsync<StartupProfile>(organisationId, token) is not { } profile)
            {
                return Refusal.NotFound("networking.profile-not-found");
            }
            if (profile.OptedIn != body.OptedIn)
            {
                session.Events.Append(ProfileStreams.Startup(organisationId), body.OptedIn
                    ? new StartupMatchingResumed(organisationId, clock.GetUtcNow())
                    : new StartupMatchingPaused(organisationId, clock.GetUtcNow()));
                await session.SaveChangesAsync(token);
            }
            return StartupProfileView.Of((await session.LoadAsync<StartupProfile>(organisationId, token))!);
        }, ct);

    // An erased organisation is gone for good; an organisation has one kind of profile.
    private static async Task<Refusal?> RefusedAsync(Guid organisationId, IQuerySession session, bool other, string otherKind,
        CancellationToken ct) =>
        await NetworkErasure.IsErasedAsync(session, organisationId, ct) ? NetworkErasure.Refused(organisationId)
        : other ? Refusal.Conflict("networking.other-profile-kind", TextArgs.Of(("organisationId", organisationId), ("kind", otherKind)))
        : null;
}
