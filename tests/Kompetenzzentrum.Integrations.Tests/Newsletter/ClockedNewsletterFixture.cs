using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Integrations.Tests.Newsletter;

/// <summary>The newsletter host of <see cref="NewsletterFixture"/> with a clock the test moves (a session must have taken place).</summary>
public sealed class ClockedNewsletterFixture : ClockedHostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => NewsletterFixture.HostSettings;
}
