using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Texts;
using Marten;
using Marten.Events.Projections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Networking.Privacy;

/// <summary>
/// The organisation was erased: its profiles go (the profile projections delete them on this event, also when
/// rebuilt) and it is never proposed, matched, curated or introduced again. Kept in a stream of its own, so it
/// holds whether or not the organisation ever had a profile.
/// </summary>
internal sealed record NetworkOrganisationErased(Guid OrganisationId, DateTimeOffset At);

/// <summary>An erased organisation, keyed by its id: what every write of this module checks first.</summary>
internal sealed record ErasedNetworkOrganisation(Guid Id, DateTimeOffset ErasedAt);

internal sealed partial class ErasedNetworkOrganisationProjection : MultiStreamProjection<ErasedNetworkOrganisation, Guid>
{
    public ErasedNetworkOrganisationProjection() => Identity<NetworkOrganisationErased>(e => e.OrganisationId);

    public static ErasedNetworkOrganisation Create(NetworkOrganisationErased e) => new(e.OrganisationId, e.At);
}

internal static class NetworkErasure
{
    /// <summary>The stream of the erasure: derived, since the organisation's own id is the organisations module's stream.</summary>
    public static Guid StreamOf(Guid organisationId) => Ids.Derived("networking-erasure", organisationId);

    public static async Task<bool> IsErasedAsync(IQuerySession session, Guid organisationId, CancellationToken ct) =>
        await session.LoadAsync<ErasedNetworkOrganisation>(organisationId, ct) is not null;

    /// <summary>The code of the refusal of any write about an erased organisation; its <c>organisationId</c> argument names it.</summary>
    public const string ErasedCode = "networking.organisation-erased";

    /// <summary>The refusal of any write about an erased organisation: it is gone.</summary>
    public static Refusal Refused(Guid organisationId) => Refusal.NotFound(ErasedCode, TextArgs.Of(("organisationId", organisationId)));

    /// <summary>The answer to any write about an erased organisation: it is gone (404 naming the organisation).</summary>
    public static IResult Gone(Guid organisationId) => new GoneResult(organisationId);

    // The title comes in the request's language, so the texts are looked up when the answer is written.
    private sealed class GoneResult(Guid organisationId) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => StatusCodes.Status404NotFound;

        public Task ExecuteAsync(HttpContext httpContext) => Results.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: httpContext.RequestServices.GetRequiredService<ITexts>().Get(ErasedCode),
            extensions: new Dictionary<string, object?> { ["organisationId"] = organisationId }).ExecuteAsync(httpContext);
    }
}
