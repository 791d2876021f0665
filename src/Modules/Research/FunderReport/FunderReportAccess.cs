using Kompetenzzentrum.Contracts.Security;
using Microsoft.AspNetCore.Authorization;

namespace Kompetenzzentrum.Modules.Research.FunderReport;

/// <summary>Who may read the funder report: center staff (who report to the funding body) and analysts, as the needs data.</summary>
internal static class FunderReportAccess
{
    public static readonly AuthorizationPolicy Policy =
        new AuthorizationPolicyBuilder().RequireRole(Roles.CenterStaff, Roles.Analyst, Roles.PlatformAdmin).Build();
}
