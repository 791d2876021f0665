using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Ui;
using Marten;
using Marten.Events.Projections;
using Microsoft.AspNetCore.Http;

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
    public static IResult Gone(Guid organisationId) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: UiText.T("Diese Organisation gibt es im Netzwerk nicht mehr.", "This organisation no longer exists in the network."),
        extensions: new Dictionary<string, object?> { ["organisationId"] = organisationId });
}
