using System.Security.Claims;
using Kompetenzzentrum.Contracts.Security;
using Marten;

namespace Kompetenzzentrum.Modules.Catalog.Offerings;

/// <summary>The partner center an offering belongs to, when partner staff drafted it.</summary>
internal sealed record OfferingOwnership(Guid Id, string PartnerCenter)
{
    /// <summary>
    /// Center staff manage every offering; partner staff only those of their own center (the shared rule of
    /// <see cref="PartnerOwnership"/>, which plugins use for their own records). For anybody else the
    /// offering is treated as not found, so other centers' drafts reveal nothing.
    /// </summary>
    public static async Task<bool> MayManageAsync(IQuerySession session, ClaimsPrincipal user, Guid offeringId, CancellationToken ct)
    {
        if (user.IsStaff())
        {
            return true;
        }
        return user.OwningPartnerCenter() is not null
            && user.MayManage((await session.LoadAsync<OfferingOwnership>(offeringId, ct))?.PartnerCenter);
    }
}
