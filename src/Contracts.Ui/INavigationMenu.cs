using System.Security.Claims;

namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>The main navigation, gathered by the host from every loaded module and plugin.</summary>
public interface INavigationMenu
{
    /// <summary>The links the user may follow, grouped by area in menu order.</summary>
    Task<IReadOnlyList<NavigationItem>> VisibleToAsync(ClaimsPrincipal user);
}
