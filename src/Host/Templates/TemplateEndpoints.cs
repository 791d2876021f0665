using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Marten;

namespace Kompetenzzentrum.Host.Templates;

/// <summary>
/// Staff read, override, preview and reset templates. An override is parsed and test-rendered with the
/// default's sample model before it is saved, so a broken template is refused at save time, never at send time.
/// A template that carries a secret (<see cref="TemplateDefinition.CarriesSecret"/>) is saved and reset by platform
/// administrators only: an override could otherwise move the secret where staff read it.
/// </summary>
internal static class TemplateEndpoints
{
    public sealed record SaveTemplate(string? Source);

    public sealed record TemplateView(string Key, string Language, string Description, string Source, bool IsOverride, string DefaultSource)
    {
        /// <summary>The template carries a secret: only platform administrators may change it.</summary>
        public bool CarriesSecret { get; init; }
    }

    public static void MapTemplates(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/templates").WithTags("Templates").RequireAuthorization(Policies.Staff);
        group.MapGet("/", List).WithName("ListTemplates");
        group.MapGet("/{key}/{language}", Get).WithName("GetTemplate");
        group.MapPut("/{key}/{language}", Save).WithName("SaveTemplate");
        group.MapDelete("/{key}/{language}", Reset).WithName("ResetTemplate");
        group.MapPost("/{key}/{language}/preview", Preview).WithName("PreviewTemplate");
    }

    private static IResult List(TemplateRenderer renderer) =>
        Results.Ok(renderer.Defaults.Select(d => new { d.Key, d.Language, d.Description, d.CarriesSecret }));

    private static async Task<IResult> Get(string key, string language, TemplateRenderer renderer, IQuerySession session, CancellationToken ct) =>
        Answer(await TemplateHandlers.GetAsync(key, language, renderer, session, ct), view => Results.Ok(view));

    private static async Task<IResult> Save(
        string key,
        string language,
        SaveTemplate body,
        TemplateRenderer renderer,
        IDocumentSession session,
        TimeProvider clock,
        HttpContext http,
        CancellationToken ct) =>
        Answer(await TemplateHandlers.SaveAsync(key, language, body, renderer, session, clock, http.User, ct), view => Results.Ok(view));

    private static async Task<IResult> Reset(
        string key, string language, TemplateRenderer renderer, HttpContext http, IDocumentSession session, CancellationToken ct) =>
        await TemplateHandlers.ResetAsync(key, language, renderer, http.User, session, ct) is { } refusal
            ? refusal.ToHttpResult()
            : Results.NoContent();

    private static async Task<IResult> Preview(string key, string language, SaveTemplate body, TemplateRenderer renderer, CancellationToken ct) =>
        Answer(await TemplateHandlers.PreviewAsync(key, language, body, renderer, ct), SandboxedHtml.Result);

    // Errors in the source also go out as a list of line, column and message, which editors use to mark the place.
    private static IResult Answer<T>(Result<T> result, Func<T, IResult> success) =>
        result.Refusal is { Code: TemplateHandlers.TemplateInvalid } refusal ? new TemplateErrorsResult(refusal) : result.ToHttpResult(success);

    private sealed class TemplateErrorsResult(Refusal refusal) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => StatusCodes.Status400BadRequest;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var texts = httpContext.RequestServices.GetRequiredService<ITexts>();
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["source"] = [.. refusal.Fields.Select(f => texts.Get(f.Code, f.Args))] },
                title: texts.Reason(refusal),
                extensions: new Dictionary<string, object?> { ["code"] = refusal.Code, ["templateErrors"] = TemplateHandlers.ErrorsOf(refusal) })
                .ExecuteAsync(httpContext);
        }
    }
}
