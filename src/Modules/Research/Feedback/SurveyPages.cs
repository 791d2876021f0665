using System.Globalization;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Research.Interactions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>One survey waiting for an answer: what it is about, in the reader's language.</summary>
internal sealed record OpenSurveyRow(Guid ParticipationId, string OfferingType, IReadOnlyList<string> Topics, DateTimeOffset CompletedAt)
{
    /// <summary>The survey with its offering type's name in the reader's language.</summary>
    public static OpenSurveyRow Of(SurveyEndpoints.Survey survey, IEnumerable<OfferingTypeDefinition> types) =>
        new(
            survey.ParticipationId,
            types.FirstOrDefault(t => t.Key == survey.OfferingType)?.Name.For(CultureInfo.CurrentUICulture) ?? survey.OfferingType,
            survey.Topics,
            survey.CompletedAt);
}

/// <summary>
/// The survey form, shown again with the posted values and errors; it posts to <paramref name="Action"/>.
/// <paramref name="Member"/>: opened from the members' feedback page (else from the mailed link).
/// </summary>
internal sealed record SurveyFormView(OpenSurveyRow Survey, FormState State, string Action, bool Member = true);

/// <summary>
/// The SME's feedback forms: the surveys of its completed participations that nobody of the organisation has
/// answered yet. The answer goes through the same handler as the mailed link's API, so the rules are one.
/// </summary>
internal static class SurveyPages
{
    public const string Path = "/feedback";

    public static void MapSurveyPages(this IEndpointRouteBuilder pages)
    {
        var member = pages.MapGroup(Path).RequireAuthorization(Policies.OrganisationMember);
        member.MapGet("", async (
            HttpContext http,
            NpgsqlDataSource database,
            ResearchSchema schema,
            IEnumerable<OfferingTypeDefinition> types,
            TimeProvider clock,
            CancellationToken ct) =>
        {
            var rows = await RowsAsync(http, database, schema, types, clock, null, ct);
            return UiPages.Render<FeedbackPage>(new { Model = rows });
        });
        member.MapGet("/{participationId:guid}", async (Guid participationId, HttpContext http, NpgsqlDataSource database, ResearchSchema schema,
            IEnumerable<OfferingTypeDefinition> types, TimeProvider clock, CancellationToken ct) =>
            (await RowsAsync(http, database, schema, types, clock, participationId, ct)) is [var row]
                ? UiPages.Render<SurveyFormPage>(new { Model = new SurveyFormView(row, FormState.Empty(), $"{Path}/{participationId}") })
                : Results.NotFound());
        member.MapPost("/{participationId:guid}", AnswerAsync);
    }

    private static async Task<IResult> AnswerAsync(
        Guid participationId,
        IFormCollection form,
        HttpContext http,
        NpgsqlDataSource database,
        ResearchSchema schema,
        IEnumerable<OfferingTypeDefinition> types,
        IDocumentStore store,
        ITexts texts,
        TimeProvider clock,
        CancellationToken ct)
    {
        if (http.User.OrganisationId() is not { } organisationId
            || await OpenSurveys.OfAsync(database, schema, organisationId, clock.GetUtcNow(), participationId, ct) is not [var survey])
        {
            return UiPages.Failed(http, Path, texts.Get("research.survey-closed"));
        }
        var row = OpenSurveyRow.Of(survey, types);
        return await SubmitAsync(
            http, survey, form, Path, state => new SurveyFormView(row, state, $"{Path}/{participationId}"), schema, store, texts, clock, ct);
    }

    /// <summary>
    /// Answers <paramref name="survey"/> with the posted form through the API's handler (<see cref="SurveyHandlers"/>):
    /// on success back to <paramref name="donePath"/> with thanks, else the form again with the errors next to their fields.
    /// </summary>
    internal static async Task<IResult> SubmitAsync(HttpContext http, SurveyEndpoints.Survey survey, IFormCollection form, string donePath,
        Func<FormState, SurveyFormView> view, ResearchSchema schema, IDocumentStore store, ITexts texts, TimeProvider clock, CancellationToken ct)
    {
        var state = FormState.From(form);
        if (FormBinder.Bind<SurveyAnswer>(state, texts) is { } answer)
        {
            if (await SurveyHandlers.AnswerAsync(survey, answer, schema, store, clock, ct) is not { } refusal)
            {
                return UiPages.Done(http, donePath, texts.Get("research.feedback-thanks"));
            }
            state.Absorb(refusal, texts);
        }
        state.Summary ??= texts.Get(Refusal.InvalidCode);
        return UiPages.Render<SurveyFormPage>(new { Model = view(state) }, StatusCodes.Status400BadRequest);
    }

    private static async Task<IReadOnlyList<OpenSurveyRow>> RowsAsync(HttpContext http, NpgsqlDataSource database, ResearchSchema schema,
        IEnumerable<OfferingTypeDefinition> types, TimeProvider clock, Guid? participationId, CancellationToken ct)
    {
        if (http.User.OrganisationId() is not { } organisationId)
        {
            return [];
        }
        var open = await OpenSurveys.OfAsync(database, schema, organisationId, clock.GetUtcNow(), participationId, ct);
        return [.. open.Select(survey => OpenSurveyRow.Of(survey, types))];
    }
}
