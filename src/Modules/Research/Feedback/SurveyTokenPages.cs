using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Research.Interactions;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>
/// The page behind the mailed survey link. Anyone with the link answers it, with or without an account: the random
/// token is the credential, as for the JSON API. The answer goes through the same handler as the API and the
/// members' feedback page, so the rules are one. An unknown token is a 404; an answered survey says so.
/// </summary>
internal static class SurveyTokenPages
{
    public const string Path = "/umfrage";

    public static void MapSurveyTokenPages(this IEndpointRouteBuilder pages)
    {
        var open = pages.MapGroup(Path).AllowAnonymous();
        open.MapGet("/{token}", ShowAsync);
        open.MapPost("/{token}", AnswerAsync);
    }

    private static async Task<IResult> ShowAsync(string token, HttpContext http, NpgsqlDataSource database, ResearchSchema schema,
        IEnumerable<OfferingTypeDefinition> types, CancellationToken ct)
    {
        KeepTokenOnSite(http);
        return await SurveyEndpoints.FindAsync(database, schema, token, ct) switch
        {
            null => Results.NotFound(),
            { Answered: true } => UiPages.Render<SurveyAnsweredPage>(),
            var survey => UiPages.Render<SurveyFormPage>(new { Model = View(survey, types, FormState.Empty(), token) }),
        };
    }

    private static async Task<IResult> AnswerAsync(
        string token,
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
        KeepTokenOnSite(http);
        if (await SurveyEndpoints.FindAsync(database, schema, token, ct) is not { } survey)
        {
            return Results.NotFound();
        }
        if (survey.Answered)
        {
            return UiPages.Failed(http, $"{Path}/{token}", texts.Get("research.survey-already-answered"));
        }
        return await SurveyPages.SubmitAsync(
            http, survey, form, $"{Path}/{token}", state => View(survey, types, state, token), schema, store, texts, clock, ct);
    }

    private static SurveyFormView View(SurveyEndpoints.Survey survey, IEnumerable<OfferingTypeDefinition> types, FormState state, string token) =>
        new(OpenSurveyRow.Of(survey, types), state, $"{Path}/{token}", Member: false);

    // The token is in the address: links to other sites must not carry it. same-origin rather than no-referrer, so the
    // form's own post keeps its Origin header (no-referrer makes browsers send "Origin: null").
    private static void KeepTokenOnSite(HttpContext http) => http.Response.Headers["Referrer-Policy"] = "same-origin";
}
