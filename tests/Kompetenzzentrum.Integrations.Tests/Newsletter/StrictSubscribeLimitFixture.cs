using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Newsletter;

/// <summary>The newsletter host allowing two sign-ups per client address and minute.</summary>
public sealed class StrictSubscribeLimitFixture : HostFixture
{
    public const int Permits = 2;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?>(NewsletterFixture.HostSettings)
        {
            ["Modules:integrations:Newsletter:SubscribePermitsPerMinute"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
}
