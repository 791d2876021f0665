using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// One Playwright driver and one headless Chromium for the whole test run, shared by every <see cref="BrowserHost"/>:
/// launching them cost each of the ~40 browser fixtures about a second. Tests stay apart through their own browser
/// contexts (cookies, storage), which each fixture closes when it ends. Closed when the test process exits.
/// </summary>
public static class SharedChromium
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    /// <summary>The running browser, launched (again, should it have gone) on first use.</summary>
    public static async Task<IBrowser> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (browser is { IsConnected: true })
            {
                return browser;
            }
            if (playwright is null)
            {
                playwright = await Playwright.CreateAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Close();
            }
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserHost.ChromiumPath,
                Headless = true,
                // As root in a sandbox without network: no setuid sandbox, no background calls to Google.
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                ],
            });
            return browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void Close()
    {
        try
        {
            browser?.CloseAsync().Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The driver may already be gone with the process; nothing is left to close then.
        }
        playwright?.Dispose();
    }
}
