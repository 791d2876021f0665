using JasperFx;
using JasperFx.MultiTenancy;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Consultations;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;
using Kompetenzzentrum.Testing;
using Marten;
using Microsoft.Extensions.Time.Testing;
using Weasel.Core;

namespace Kompetenzzentrum.Consultations.Tests.Questionnaires;

/// <summary>
/// The handler behind the questionnaire API and pages, on a real PostgreSQL store configured by the module: versions count up,
/// earlier versions stay readable, bad questions and a draft of an outdated version are refused with their codes, and
/// publications racing each other end in versions or a conflict, never in an exception.
/// </summary>
public sealed class QuestionnaireVersionsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private string _connection = "";
    private DocumentStore? _store;

    private DocumentStore Store => _store ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _connection = await TestServer.CreateDatabaseAsync();
        _store = DocumentStore.For(options =>
        {
            options.Connection(_connection);
            options.DatabaseSchemaName = "questionnaire";
            options.Events.DatabaseSchemaName = "questionnaire";
            // As the host's store (MartenSetup): the module's per-center documents need conjoined events.
            options.Events.TenancyStyle = TenancyStyle.Conjoined;
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            new ConsultationsModule().ConfigureMarten(options);
        });
    }

    public async Task DisposeAsync()
    {
        _store?.Dispose();
        await TestServer.DropDatabaseAsync(_connection);
    }

    private static Question Choice(string id, params string[] keys) => new(id, QuestionKinds.Single, new("Frage " + id, "Question " + id), true,
        [.. keys.Select(k => new Choice(k, new("Antwort " + k, "Choice " + k), [k], ["ki"]))], null, null, null);

    private static IReadOnlyList<Question?> Questions(string firstText) =>
    [
        Choice("goal", "vision", "docs") with { Text = new(firstText, "Goal?") },
        Choice("camera", "yes", "no") with { ShowWhen = new ShowWhen("goal", ["vision"]) },
        new Question("notes", QuestionKinds.FreeText, new("Notizen", "Notes"), false, [], null, null, null),
    ];

    private async Task<Result<QuestionnaireVersion>> PublishAsync(IReadOnlyList<Question?>? questions, int? basedOn)
    {
        await using var session = Store.LightweightSession();
        return await new QuestionnaireVersions(session, _clock).PublishAsync(questions, basedOn, CancellationToken.None);
    }

    private async Task<T> ReadAsync<T>(Func<QuestionnaireVersions, Task<T>> read)
    {
        await using var session = Store.LightweightSession();
        return await read(new QuestionnaireVersions(session, _clock));
    }

    [Fact]
    public async Task Publishing_counts_versions_up_and_earlier_versions_stay_readable()
    {
        var first = await PublishAsync(Questions("Ziel?"), basedOn: 0);
        _clock.Advance(TimeSpan.FromDays(1));
        var second = await PublishAsync(Questions("Was ist Ihr Ziel?"), basedOn: 1);

        Assert.Equal((1, 2), (first.Value.Version, second.Value.Version));
        var current = await ReadAsync(v => v.CurrentAsync(CancellationToken.None));
        Assert.Equal((2, "Was ist Ihr Ziel?", _clock.GetUtcNow()), (current!.Version, current.Questions[0].Text.De, current.PublishedAt));
        Assert.Equal(new ShowWhen("goal", ["vision"]).AnyOf, current.Questions[1].ShowWhen!.AnyOf);
        var old = await ReadAsync(v => v.FindAsync(1, CancellationToken.None));
        Assert.Equal("Ziel?", old.Value.Questions[0].Text.De);
        var unknown = await ReadAsync(v => v.FindAsync(3, CancellationToken.None));
        Assert.Equal((RefusalKind.NotFound, "consultations.questionnaire.version-unknown"), (unknown.Refusal!.Kind, unknown.Refusal.Code));
    }

    [Fact]
    public async Task A_draft_of_an_outdated_version_is_refused_as_a_conflict_and_nothing_is_published()
    {
        Assert.True((await PublishAsync(Questions("Ziel?"), basedOn: null)).Succeeded);
        var current = (await ReadAsync(v => v.CurrentAsync(CancellationToken.None)))!.Version;

        var stale = await PublishAsync(Questions("Veraltet?"), basedOn: current - 1);

        Assert.Equal((RefusalKind.Conflict, "consultations.questionnaire.published-meanwhile"), (stale.Refusal!.Kind, stale.Refusal.Code));
        Assert.Equal(current, (await ReadAsync(v => v.CurrentAsync(CancellationToken.None)))!.Version);
    }

    [Fact]
    public async Task Bad_questions_are_refused_with_the_field_and_code_of_each_problem()
    {
        IReadOnlyList<Question?> bad =
        [
            Choice("goal", "vision", "vision"),
            Choice("camera", "yes", "no") with { Text = new("", "Camera?"), ShowWhen = new ShowWhen("nowhere", ["yes"]) },
            Choice("goal", "a", "b"),
        ];

        var refused = await PublishAsync(bad, basedOn: null);

        Assert.Equal(RefusalKind.Invalid, refused.Refusal!.Kind);
        Assert.Equal(
            [
                ("questions[0].choices[1]", "consultations.questionnaire.choice-invalid"),
                ("questions[1].text", "consultations.questionnaire.text-required"),
                ("questions[1].showWhen.questionId", "consultations.questionnaire.show-when-question"),
                ("questions[2].id", "consultations.questionnaire.id-unique"),
            ],
            refused.Refusal.Fields.Select(f => (f.Field, f.Code)));
        Assert.Equal("consultations.questionnaire.questions-count", (await PublishAsync([], null)).Refusal!.Fields.Single().Code);
    }

    [Fact]
    public async Task Racing_publications_each_end_in_a_new_version_or_a_conflict()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => PublishAsync(Questions("Ziel?"), basedOn: null))));

        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(RefusalKind.Conflict, r.Refusal!.Kind));
        var versions = results.Where(r => r.Succeeded).Select(r => r.Value.Version).Order().ToList();
        Assert.NotEmpty(versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.Equal(versions[^1], (await ReadAsync(v => v.CurrentAsync(CancellationToken.None)))!.Version);
    }
}
