using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Ui;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// The real host on a loopback port and the run's headless Debian Chromium (<see cref="SharedChromium"/>) driven by
/// Playwright. Each test opens its own browser context (own cookies) with <see cref="NewPageAsync"/>.
/// </summary>
public class BrowserHost : HostFixture
{
    private readonly List<IBrowserContext> _contexts = [];
    private IBrowser? _browser;

    /// <summary>Debian's Chromium; override with KZ_CHROMIUM.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("KZ_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Where the tests put their screenshots.</summary>
    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("KZ_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    protected override bool RealServer => true;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("browser not started");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _browser = await SharedChromium.GetAsync();
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public override async Task DisposeAsync()
    {
        IBrowserContext[] contexts;
        lock (_contexts)
        {
            contexts = [.. _contexts];
        }
        try
        {
            foreach (var context in contexts)
            {
                await context.CloseAsync();
            }
        }
        finally
        {
            await base.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context (no cookies) on the shared browser, closed with this fixture.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        lock (_contexts)
        {
            _contexts.Add(context);
        }
        return context;
    }

    /// <summary>A page in a fresh context (no cookies), German unless told otherwise, phone-sized or without script on request.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false, bool javaScript = true)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            Locale = "de-DE",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
            JavaScriptEnabled = javaScript,
        });
        // Generous: CI runs other test assemblies on the same two cores at the same time.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(45_000);
        return await context.NewPageAsync();
    }

    /// <summary>A German page in a fresh context with JavaScript off, for the walks that must work with plain forms and links.</summary>
    public async Task<IPage> NewPageWithoutJavaScriptAsync()
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            Locale = "de-DE",
            JavaScriptEnabled = false,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    private static readonly Regex SignInAddress = new("^[a-z]+://[^/]+" + Regex.Escape(UiPaths.SignIn) + "(?:[?#]|$)");

    /// <summary>Signs in through the sign-in page.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = TestUsers.Password)
    {
        await page.GotoAsync("/anmelden");
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).Last.ClickAsync();
        // Signed in once the browser has left the sign-in page: the redirect that set the cookie has committed. Only the
        // address is polled. Waiting for a load state raced with the navigation under load, twice in CI: first
        // WaitForLoadState, then WaitForURL, which waits for the load event when the address has already changed.
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInAddress, new() { Timeout = 45_000 });
    }

    /// <summary>Saves a full-page screenshot under <see cref="ScreenshotFolder"/>.</summary>
    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>Runs axe-core (WCAG 2.1 A/AA rules) and returns the serious and critical violations, described.</summary>
    public static Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page) => AxeCheck.SeriousViolationsAsync(page);
}
