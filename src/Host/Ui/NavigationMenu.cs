using System.Security.Claims;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Host.Plugins;
using Microsoft.AspNetCore.Authorization;

namespace Kompetenzzentrum.Host.Ui;

/// <summary>
/// Gathers the navigation links of every loaded module and plugin and shows each user the links of the areas
/// their roles open (and of the policy a link names, if any). The host's own back-office pages (templates,
/// modules, outbox) add their links here too (<see cref="HostPages.Navigation"/>).
/// </summary>
internal sealed class NavigationMenu(ModuleRegistry modules, IAuthorizationService authorization) : INavigationMenu
{
    public async Task<IReadOnlyList<NavigationItem>> VisibleToAsync(ClaimsPrincipal user)
    {
        var visible = new List<NavigationItem>();
        foreach (var item in modules.Entries.Where(e => e.IsLoaded).SelectMany(e => Links(e)).Concat(HostPages.Navigation))
        {
            var policy = item.Policy ?? DefaultPolicy(item.Area);
            if (policy is null || (user.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(user, policy)).Succeeded))
            {
                visible.Add(item);
            }
        }
        return [.. visible.OrderBy(i => i.Area).ThenBy(i => i.Order).ThenBy(i => i.Path, StringComparer.Ordinal)];
    }

    private static IEnumerable<NavigationItem> Links(LoadedModule entry)
    {
        try
        {
            return entry.Module!.Navigation.ToArray();
        }
        catch (Exception)
        {
            return []; // a plugin's broken menu must not break every page
        }
    }

    private static string? DefaultPolicy(NavigationArea area) => area switch
    {
        NavigationArea.Sme => Policies.OrganisationMember,
        NavigationArea.Staff => Policies.OfferingManager,
        NavigationArea.Analyst => Policies.Analyst,
        _ => null,
    };
}
