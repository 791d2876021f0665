using System.Globalization;
using Kompetenzzentrum.Contracts.Catalog;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Http;

/// <summary>
/// A clocked host that prompts 30 days after a completed offering. Quartz reads the host's <see cref="TimeProvider"/>,
/// so a repeating trigger would wait on the fake clock; the sweep's own trigger is set to a year and the test fires
/// the job by hand after each move of the clock.
/// </summary>
public sealed class PromptFixture : ClockedHostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Modules:organisations:MaturityRepeatAfterDays"] = "30",
        ["Modules:organisations:MaturityPromptSweepMinutes"] = (365.0 * 24 * 60).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The prompt mail's category.</summary>
    public const string Category = "maturity.repeat-reminder";

    /// <summary>The sweep that sends the prompts.</summary>
    public static readonly JobKey SweepJob = new("maturity-repeat-reminder", "organisations");

    /// <summary>Appends ParticipationCompleted as the catalog raises it once a session was attended.</summary>
    public async Task CompleteParticipationAsync(Guid organisationId)
    {
        var store = Factory.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();
        session.Events.StartStream(Guid.NewGuid(), new ParticipationCompleted(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "experience-tour", ["daten"], organisationId, Clock.GetUtcNow()));
        await session.SaveChangesAsync();
    }
}

public sealed class PromptTests(PromptFixture host) : IClassFixture<PromptFixture>
{
    private const string Category = PromptFixture.Category;
    private static readonly JobKey SweepJob = PromptFixture.SweepJob;

    [Fact]
    public async Task Given_T0_When_the_organisation_completes_an_offering_and_the_delay_passes_Then_its_admins_are_prompted_to_T1_once()
    {
        var admin = await host.CreateOrganisationAdminAsync("Prompt GmbH");
        var orgId = admin.OrganisationId!.Value;
        var set = await MaturityApi.CurrentSetAsync(admin.Client);
        await MaturityApi.TakeAsync(admin.Client, orgId, 1, MaturityApi.Answers(set, 2));

        // The round alone prompts nothing, however long ago it was.
        host.Clock.Advance(TimeSpan.FromDays(60));
        await SweepAsync();
        Assert.Empty(await PromptsAsync(admin.Email));

        await host.CompleteParticipationAsync(orgId);
        host.Clock.Advance(TimeSpan.FromDays(29));
        await SweepAsync();
        Assert.Empty(await PromptsAsync(admin.Email));

        host.Clock.Advance(TimeSpan.FromDays(2));
        await FireSweepAsync();
        var prompts = await Eventually.Get<IReadOnlyList<SentMail>>(
            async () => await PromptsAsync(admin.Email), m => m.Count > 0, TimeSpan.FromSeconds(60));

        Assert.Contains("T1", prompts[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("Prompt GmbH", prompts[0].TextBody, StringComparison.Ordinal);
        await SweepAsync();
        Assert.Single(await PromptsAsync(admin.Email));
    }

    [Fact]
    public async Task Given_a_duplicate_with_a_completed_offering_merged_into_the_survivor_Then_the_survivor_is_prompted_to_the_next_combined_round()
    {
        var survivor = await host.CreateOrganisationAdminAsync("Überlebend GmbH");
        var duplicate = await host.CreateOrganisationAdminAsync("Dublette GmbH");
        var set = await MaturityApi.CurrentSetAsync(survivor.Client);
        await MaturityApi.TakeAsync(survivor.Client, survivor.OrganisationId!.Value, 1, MaturityApi.Answers(set, 2));
        await MaturityApi.TakeAsync(duplicate.Client, duplicate.OrganisationId!.Value, 1, MaturityApi.Answers(set, 3));
        await host.CompleteParticipationAsync(duplicate.OrganisationId.Value);

        await host.MergeAsync(survivor.OrganisationId.Value, duplicate.OrganisationId.Value);
        host.Clock.Advance(TimeSpan.FromDays(31));
        await FireSweepAsync();

        // Two rounds (T0 of each) now belong to the survivor: the duplicate's completed offering makes T2 due there.
        var prompts = await Eventually.Get<IReadOnlyList<SentMail>>(
            async () => await PromptsAsync(survivor.Email), m => m.Count > 0, TimeSpan.FromSeconds(60));
        Assert.Contains("T2", prompts[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("Überlebend GmbH", prompts[0].TextBody, StringComparison.Ordinal);
        // The duplicate's completed participation makes the survivor a peer; the duplicate's own record is gone.
        Assert.Equal((1, 0), (await PeerRecordsAsync(survivor.OrganisationId.Value), await PeerRecordsAsync(duplicate.OrganisationId.Value)));
    }

    private async Task<long> PeerRecordsAsync(Guid organisationId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select count(*) from kz.mt_doc_confirmedparticipant where id = @id", connection);
        command.Parameters.AddWithValue("id", organisationId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task FireSweepAsync()
    {
        var scheduler = await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(SweepJob);
    }

    // Fires the sweep and waits until Quartz has finished running it.
    private Task SweepAsync() => host.RunJobAsync(SweepJob);

    private async Task<IReadOnlyList<SentMail>> PromptsAsync(string email) =>
        (await host.MailsToAsync(email)).Where(m => m.Category == Category).ToList();
}
