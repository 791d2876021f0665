using System.Globalization;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Maturity.Tests.Http;

/// <summary>A clocked host that prompts 30 days after a completed offering and looks for due prompts every second.</summary>
public sealed class PromptFixture : ClockedHostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Modules:organisations:MaturityRepeatAfterDays"] = "30",
        ["Modules:organisations:MaturityPromptSweepMinutes"] = (1.0 / 60).ToString(CultureInfo.InvariantCulture),
    };
}

public sealed class PromptTests(PromptFixture host) : IClassFixture<PromptFixture>
{
    private const string Category = "maturity.repeat-reminder";

    private async Task<IReadOnlyList<SentMail>> PromptsAsync(string email) =>
        (await host.MailsToAsync(email)).Where(m => m.Category == Category).ToList();

    // The catalog raises ParticipationCompleted once a session was attended; here it is appended as the catalog would.
    private async Task CompleteParticipationAsync(Guid organisationId)
    {
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();
        session.Events.StartStream(Guid.NewGuid(), new ParticipationCompleted(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "experience-tour", ["daten"], organisationId, host.Clock.GetUtcNow()));
        await session.SaveChangesAsync();
    }
}
