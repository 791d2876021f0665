using System.Globalization;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Host.Plugins;
using Kompetenzzentrum.Host.Ui.Pages;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;

namespace Kompetenzzentrum.Host.Ui;

/// <summary>
/// The web UI's frame: Razor components rendered on the server (no circuit, no WebAssembly), antiforgery for
/// forms, German by default with an English switch, the layout's assets, the start page, and the pages every
/// module and plugin maps through <see cref="Contracts.Modules.IModule.MapPages"/>.
/// </summary>
internal static class UiSetup
{
    private const string LanguageCookie = "kz.lang";
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static void AddUi(this IServiceCollection services)
    {
        services.AddRazorComponents();
        // German text as it is (ä, ö, ü, ß), not as character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(options => options.Cookie.Name = "kz.af");
        services.AddSingleton<INavigationMenu, NavigationMenu>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(German);
            options.SupportedCultures = options.SupportedUICultures = [German, English];
            options.RequestCultureProviders =
                [new CustomRequestCultureProvider(context => Task.FromResult<ProviderCultureResult?>(new(Pick(context).Name)))];
        });
        services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.LoginPath = UiPaths.SignIn;
            options.LogoutPath = UiPaths.SignOut;
        });
    }

    /// <summary>
    /// Pages: the language cookie, else German. The API keeps English messages unless the client asks for
    /// German (Accept-Language), so that API clients see one stable language.
    /// </summary>
    private static CultureInfo Pick(HttpContext context)
    {
        if (IsApi(context.Request.Path))
        {
            var accept = context.Request.Headers.AcceptLanguage.ToString();
            return accept.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? German : English;
        }
        return context.Request.Cookies.TryGetValue(LanguageCookie, out var lang) && lang == "en" ? English : German;
    }

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/odata") || path.StartsWithSegments("/health")
        || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/scalar");

    public static void MapUi(this WebApplication app, ModuleRegistry modules)
    {
        app.MapGet(UiPaths.Assets + "/{file}", (string file, HttpContext http) => Asset(file, http)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(UiPaths.Language + "/{lang}", (string lang, string? zurueck, HttpContext http) =>
        {
            http.Response.Cookies.Append(LanguageCookie, lang == "en" ? "en" : "de", new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                SameSite = SameSiteMode.Lax,
                HttpOnly = true,
                Path = "/",
            });
            return Results.Redirect(UiPages.LocalOnly(zurueck));
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(UiPaths.Home, () => UiPages.Render<Home>()).AllowAnonymous().ExcludeFromDescription();
        app.MapHostPages();

        foreach (var entry in modules.Entries.Where(e => e.IsLoaded))
        {
            var pages = app.MapGroup("").ExcludeFromDescription().RequireAuthorization();
            pages.AddModuleGuard(entry, http => Results.Problem(statusCode: 503, title: HostSetup.ModuleUnavailable(http, entry.Descriptor!.Id)));
            try
            {
                entry.Module!.MapPages(pages);
            }
            catch (Exception ex)
            {
                entry.Fail("mapping pages threw " + ModuleDiscovery.Describe(ex));
            }
        }
    }

    private static IResult Asset(string file, HttpContext http)
    {
        var type = Path.GetExtension(file) switch { ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8", _ => null };
        var stream = type is null ? null : typeof(UiSetup).Assembly.GetManifestResourceStream("Kompetenzzentrum.Host.Ui.Assets." + file);
        if (stream is null)
        {
            return Results.NotFound();
        }
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Stream(stream, type);
    }
}
