using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Integrations.Newsletter.Subscribers;

/// <summary>
/// Anyone may ask for the newsletter, and each request mails a confirmation link to the address typed: a policy of the host's
/// rate limiter (the one that limits sign-in, answering 429 problem details before the handler runs, so nothing is written
/// or mailed) bounds the requests per client address. Its own policy, so sign-ups do not use up a person's sign-in attempts.
/// </summary>
internal static class SubscribeRateLimit
{
    public const string Policy = "integrations.newsletter-subscribe";

    public static void Register(IServiceCollection services, NewsletterOptions options)
    {
        var window = new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.SubscribePermitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        };
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(Policy, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local", _ => window)));
    }
}
