using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Integrations.Tests.Newsletter;

/// <summary>
/// A host whose scheduled newsletter dispatch waits an hour, so tests run the throttled passes themselves (two mails per
/// pass); links point to <see cref="BaseUrl"/>.
/// </summary>
public sealed partial class NewsletterFixture : HostFixture
{
    public const string BaseUrl = "https://kz.test";
    public const int PerRun = 2;

    public static readonly IReadOnlyDictionary<string, string?> HostSettings = new Dictionary<string, string?>
    {
        ["Modules:integrations:Newsletter:PollSeconds"] = "3600",
        ["Modules:integrations:Newsletter:MailsPerMinute"] = PerRun.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Modules:integrations:Newsletter:BaseUrl"] = BaseUrl,
        ["Modules:integrations:Newsletter:UnsubscribeMailto"] = "abmelden@kz.test",
        ["Modules:integrations:Newsletter:SubscribePermitsPerMinute"] = "10000", // the limit has its own test
    };

    protected override IReadOnlyDictionary<string, string?> Settings => HostSettings;

    /// <summary>One dispatch pass of the host's own job (as loaded in its plugin context); returns the recipients it handled.</summary>
    public static async Task<int> DispatchOnceAsync(IServiceProvider services)
    {
        foreach (var assembly in AssemblyLoadContext.All.SelectMany(c => c.Assemblies)
                     .Where(a => a.GetName().Name == "Kompetenzzentrum.Modules.Integrations"))
        {
            var options = assembly.GetType("Kompetenzzentrum.Modules.Integrations.Newsletter.NewsletterOptions");
            if (options is not null && services.GetService(options) is not null)
            {
                var jobType = assembly.GetType("Kompetenzzentrum.Modules.Integrations.Newsletter.Campaigns.CampaignDispatchJob")!;
                var job = ActivatorUtilities.CreateInstance(services, jobType);
                var run = jobType.GetMethod("RunOnceAsync", BindingFlags.Public | BindingFlags.Instance)!;
                return await (Task<int>)run.Invoke(job, [CancellationToken.None])!;
            }
        }
        throw new InvalidOperationException("the host did not load the integrations module");
    }

    public Task<int> DispatchOnceAsync() => DispatchOnceAsync(Factory.Services);

    /// <summary>The path and query of the confirmation link in the newest confirmation mail to the address.</summary>
    public static async Task<string> ConfirmationPathAsync(HostFixture host, string email)
    {
        var mail = (await host.MailsToAsync(email)).Last(m => m.Category == "integrations.newsletter-confirm");
        return new Uri(LinkPattern().Match(mail.TextBody).Value).AbsolutePath;
    }

    public Task<string> ConfirmationPathAsync(string email) => ConfirmationPathAsync(this, email);

    [GeneratedRegex(@"https://kz\.test/newsletter/bestaetigen/\S+")]
    private static partial Regex LinkPattern();
}
