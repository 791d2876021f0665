using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Web;
using Kompetenzzentrum.Modules.Sprints.Canvas;
using Kompetenzzentrum.Modules.Sprints.Engagements;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Modules.Sprints.Report;

/// <summary>
/// The transfer report: printable HTML rendered from the Scriban template <c>sprints.transfer-report</c>
/// (German and English defaults, staff may override) with the engagement's canvases, insights, chosen ideas
/// and roadmap. Staff and the SME's members read it.
/// </summary>
internal static class TransferReport
{
    public const string TemplateKey = "sprints.transfer-report";

    public static void Register(IServiceCollection services)
    {
        foreach (var language in new[] { "de", "en" })
        {
            services.AddDefaultTemplate(new TemplateDefinition(TemplateKey, language, Source(language),
                "Transfer report of a business-model sprint (printable HTML)", TransferReportModel.Sample)
            { Format = TemplateFormat.Html });
        }
    }

    public static void MapTransferReport(this IEndpointRouteBuilder api) =>
        api.MapGet("/engagements/{engagementId:guid}/report", RenderAsync).RequireAuthorization(Policies.ParticipantOrStaff)
            .WithName("GetSprintTransferReport");

    private static async Task<IResult> RenderAsync(Guid engagementId, string? language, HttpContext http, IQuerySession session,
        ITemplateRenderer templates, ITexts texts, CancellationToken ct)
    {
        language ??= "de";
        if (language is not ("de" or "en"))
        {
            return Refusal.Invalid("language", "sprints.report-language").ToHttpResult();
        }
        if (await EngagementCommands.FindAsync(session, http, engagementId, ct) is not { } engagement)
        {
            return Results.NotFound();
        }
        var asIs = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(engagementId, CanvasKinds.AsIs), ct);
        var toBe = await session.LoadAsync<BusinessCanvas>(CanvasKinds.StreamId(engagementId, CanvasKinds.ToBe), ct);
        try
        {
            var html = await templates.RenderAsync(TemplateKey, language, TransferReportModel.Of(engagement, asIs, toBe, language), ct);
            return SandboxedHtml.Result(html);
        }
        catch (TemplateRenderException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: texts.Get("sprints.report.template-failed"),
                detail: ex.Message);
        }
    }

    private static string Source(string language)
    {
        using var stream = typeof(TransferReport).Assembly.GetManifestResourceStream($"Sprints.transfer-report-{language}.html")
            ?? throw new InvalidOperationException($"The {language} transfer report template is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
