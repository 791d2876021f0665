using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Maturity;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Organisations.Maturity.Questions;
using Kompetenzzentrum.Modules.Organisations.Registry;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kompetenzzentrum.Modules.Organisations.Maturity.Checks;

/// <summary>
/// The check's questionnaire and result pages. Posting calls the API's handler (<see cref="CheckHandlers"/>), so the rules
/// are one.
/// </summary>
internal static class CheckPages
{
    public const string Check = "/check";
    public const string Result = "/check/ergebnis";

    public static void MapCheckPages(this IEndpointRouteBuilder pages)
    {
        pages.MapGet(Check, async (HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct) =>
                http.User.OrganisationId() is not { } organisationId
                    ? NoOrganisation(http, texts)
                    : Questionnaire(await QuestionSets.CurrentAsync(session, ct), FormState.Empty(), StatusCodes.Status200OK, texts,
                        (await session.LoadAsync<MaturityHistory>(organisationId, ct))?.Latest?.Label))
            .RequireAuthorization(Policies.SignedIn);
        pages.MapPost(Check, TakeAsync).RequireAuthorization(Policies.SignedIn);
        pages.MapGet(Result, ResultAsync).RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<IResult> TakeAsync(
        IFormCollection form, HttpContext http, IDocumentSession session, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        if (http.User.OrganisationId() is not { } organisationId)
        {
            return NoOrganisation(http, texts);
        }
        var state = FormState.From(form);
        var version = int.TryParse(state.Value("version"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        var set = version is { } known ? await QuestionSets.FindAsync(session, known, ct) : null;
        set ??= await QuestionSets.CurrentAsync(session, ct);
        var answers = set.Questions
            .Select(q => (q.Id, Text: state.Value(q.Id)))
            .Where(a => int.TryParse(a.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            .ToDictionary(a => a.Id, a => int.Parse(a.Text!, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var result = await CheckHandlers.TakeAsync(organisationId, new CheckInput(set.Id, answers), session, clock, ct);
        if (result.Refusal is not { } refusal)
        {
            return UiPages.Done(http, Result, texts.Get("organisations.check-done"));
        }
        state.Absorb(refusal, texts);
        if (refusal.Fields.Count > 0)
        {
            state.Summary = texts.Get("organisations.check-answer-all");
        }
        var status = refusal.Kind == RefusalKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Questionnaire(set, state, status, texts);
    }

    private static async Task<IResult> ResultAsync(HttpContext http, IQuerySession session, ITexts texts, CancellationToken ct)
    {
        if (http.User.OrganisationId() is not { } organisationId)
        {
            return NoOrganisation(http, texts);
        }
        if (await session.LoadAsync<MaturityHistory>(organisationId, ct) is not { Latest: { } latest } history)
        {
            return UiPages.Done(http, Check, texts.Get("organisations.check.not-taken"));
        }
        var dimensions = MaturityDimensions.All;
        var series = new List<ChartSeries> { Series(texts.Get("organisations.result.current", TextArgs.Of(("round", latest.Label))), latest) };
        if (history.Rounds.Count > 1 && history.Rounds[^2] is var previous)
        {
            series.Add(Series(texts.Get("organisations.result.before", TextArgs.Of(("round", previous.Label))), previous));
        }
        return UiPages.Render<CheckResultPage>(new
        {
            Labels = dimensions.Select(d => DimensionNames.Of(d, texts)).ToList(),
            Series = series,
            Level = DimensionNames.Level(latest.Level, texts),
            Overall = latest.OverallScore,
            History = history.Rounds.Reverse()
                .Select(r => new CheckResultPage.RoundView(r.Label, r.At, r.OverallScore, DimensionNames.Level(r.Level, texts))).ToList(),
        });

        ChartSeries Series(string name, MaturityRound round) =>
            new(name, dimensions.Select(d => Math.Round(round.DimensionScores.GetValueOrDefault(d), 1)).ToList());
    }

    private static IResult Questionnaire(QuestionSet set, FormState state, int status, ITexts texts, string? lastRound = null)
    {
        var groups = MaturityDimensions.All
            .Select(d => new CheckPage.GroupView(
                DimensionNames.Of(d, texts), Views(set.Questions.Where(q => q.Kind == QuestionKinds.Dimension && q.Key == d))))
            .Append(new CheckPage.GroupView(texts.Get("organisations.check.topics"),
                Views(set.Questions.Where(q => q.Kind is QuestionKinds.TopicRelevance or QuestionKinds.TopicImplementation))))
            .Append(new CheckPage.GroupView(
                texts.Get("organisations.check.time"), Views(set.Questions.Where(q => q.Kind == QuestionKinds.TimeShort))))
            .Where(g => g.Questions.Count > 0)
            .ToList();
        return UiPages.Render<CheckPage>(new { Version = set.Id, Groups = groups, State = state, LastRound = lastRound }, status);
    }

    private static List<CheckPage.QuestionView> Views(IEnumerable<Question> questions) => questions.Select(q =>
    {
        var (min, _) = QuestionKinds.Range(q.Kind);
        var options = q.Labels
            .Select((label, i) => ((min + i).ToString(CultureInfo.InvariantCulture), label.For(CultureInfo.CurrentUICulture)))
            .ToList();
        return new CheckPage.QuestionView(q.Id, q.Text.For(CultureInfo.CurrentUICulture), options);
    }).ToList();

    private static IResult NoOrganisation(HttpContext http, ITexts texts)
    {
        Flash.Set(http, FlashKind.Info, texts.Get("organisations.check.register-first"));
        return Results.Redirect(OrganisationPages.Register);
    }
}
