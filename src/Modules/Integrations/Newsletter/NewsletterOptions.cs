using Microsoft.Extensions.Configuration;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter;

/// <summary>
/// Settings under <c>Modules:integrations:Newsletter</c>: <c>MailsPerMinute</c> (mails the dispatch queues per run, default
/// 60; the run comes every <c>PollSeconds</c>, default 60), <c>BaseUrl</c> (the app's public address for links),
/// <c>UnsubscribeMailto</c> (the mailbox of the <c>List-Unsubscribe</c> mailto) and <c>ConsentTextVersion</c> (the version
/// of the consent text subscribers agree to, recorded with their consent), <c>SubscribePermitsPerMinute</c> (sign-ups per
/// client address and minute, default 5).
/// </summary>
internal sealed record NewsletterOptions(int MailsPerRun, TimeSpan Poll, string BaseUrl, string UnsubscribeMailto, string ConsentTextVersion)
{
    /// <summary>Sign-ups one client address may ask for per minute (each mails a confirmation link).</summary>
    public int SubscribePermitsPerMinute { get; init; } = 5;

    public static NewsletterOptions From(IConfiguration module)
    {
        var section = module.GetSection("Newsletter");
        return new(
            Math.Max(1, section.GetValue<int?>("MailsPerMinute") ?? 60),
            TimeSpan.FromSeconds(Math.Max(0.1, section.GetValue<double?>("PollSeconds") ?? 60)),
            (section["BaseUrl"] ?? "http://localhost:5000").TrimEnd('/'),
            section["UnsubscribeMailto"] ?? "abmelden@kompetenzzentrum.example",
            section["ConsentTextVersion"] ?? "2026-12")
        {
            SubscribePermitsPerMinute = Math.Max(1, section.GetValue<int?>("SubscribePermitsPerMinute") ?? 5),
        };
    }

    /// <summary>A claimed recipient's hold: a crashed worker's recipients are queued again after it.</summary>
    public TimeSpan Lease => TimeSpan.FromMinutes(2);
}
