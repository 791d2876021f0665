using System.Security.Claims;
using Kompetenzzentrum.Contracts.Centers;
using Kompetenzzentrum.Contracts.Security;
using Microsoft.AspNetCore.Authorization;

namespace Kompetenzzentrum.Host.Security;

/// <summary>
/// Part of the staff, analyst and reporting policies: staff, partner staff and analysts act only at the address of their own
/// center (claim <see cref="KzClaims.Center"/>; without it: the default center). Platform administrators act at any center,
/// organisation members and tokens without a staff role are network-wide. A request without a center (no centers module, none
/// created yet) is not restricted. Refused: 403 with the code <see cref="OtherCenter"/> (<see cref="ChallengeAnonymous"/>).
/// </summary>
internal sealed class CenterRequirement : AuthorizationHandler<CenterRequirement>, IAuthorizationRequirement
{
    public const string OtherCenter = "host.center.other-center";

    public static CenterRequirement Instance { get; } = new();

    /// <summary>Whether <paramref name="user"/> may act at <paramref name="center"/> (pure).</summary>
    public static bool Allows(ClaimsPrincipal user, CenterIdentity? center)
    {
        if (center is null || user.IsInRole(Roles.PlatformAdmin)
            || !(user.IsInRole(Roles.CenterStaff) || user.IsInRole(Roles.PartnerStaff) || user.IsInRole(Roles.Analyst)))
        {
            return true;
        }
        return user.FindFirstValue(KzClaims.Center) is { Length: > 0 } own
            ? string.Equals(own, center.ShortName, StringComparison.OrdinalIgnoreCase)
            : center.IsDefault;
    }

    /// <summary>Whether authorization failed because of the center (not the role).</summary>
    public static bool RefusedFor(AuthorizationFailure? failure) =>
        failure?.FailureReasons.Any(r => r.Handler is CenterRequirement) == true;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CenterRequirement requirement)
    {
        var center = (context.Resource as HttpContext)?.Features.Get<CenterMatch>()?.Center;
        if (Allows(context.User, center))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, OtherCenter));
        }
        return Task.CompletedTask;
    }
}
