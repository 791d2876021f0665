using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Http;

/// <summary>A host whose webhook retries are quick: five retries 0.3 s apart, receivers disabled after three failures in a row.</summary>
public class WebhookFixture : HostFixture
{
    public const string AlertMail = "webhooks-alert@kompetenzzentrum.test";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Modules:integrations:RetryDelaysSeconds"] = "0.3,0.3,0.3,0.3,0.3",
        ["Modules:integrations:DisableAfterFailures"] = "3",
        ["Modules:integrations:PollSeconds"] = "0.3",
        ["Modules:integrations:AlertMail"] = AlertMail,
    };
}
