using Kompetenzzentrum.Contracts.Kernel;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Host.Plugins;
using Kompetenzzentrum.Host.Ui.Pages.Modules;

namespace Kompetenzzentrum.Host.Ui;

/// <summary>
/// The host's own back-office pages: template editor, installed modules and plugins, the outbox. They are
/// not a module's, so the navigation menu adds their links itself.
/// </summary>
internal static class HostPages
{
    public const string Templates = "/backoffice/vorlagen";
    public const string Modules = "/backoffice/module";
    public const string Outbox = "/backoffice/postausgang";

    public static IReadOnlyList<NavigationItem> Navigation { get; } =
    [
        new(Templates, new LocalizedText("Vorlagen", "Templates"), NavigationArea.Staff, 900, Policies.Staff),
        new(Modules, new LocalizedText("Module", "Modules"), NavigationArea.Staff, 910, Policies.Staff),
        new(Outbox, new LocalizedText("Postausgang", "Outbox"), NavigationArea.Staff, 920, Policies.Staff),
    ];

    public static void MapHostPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapTemplatePages();
        pages.MapOutboxPages();
        // The API lists modules to anyone; the page belongs to the back office.
        pages.MapGet(Modules, (ModuleRegistry registry) =>
                UiPages.Render<ModulesPage>(new { Modules = registry.Entries.Select(ModulesEndpoints.ToInfo).Select(Describe).ToList() }))
            .RequireAuthorization(Policies.Staff);
    }

    private static ModulesPage.Entry Describe(ModulesEndpoints.ModuleInfo m) =>
        new(m.Id, m.NameDe, m.NameEn, m.Version, m.SdkVersion, m.Provider, m.Kind, m.Status, m.Reason, m.File,
            [.. m.OfferingTypes.Select(t => new ModulesPage.OfferingType(t.Key, t.NameDe, t.NameEn))]);
}
