using Kompetenzzentrum.Host.Ui.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kompetenzzentrum.Host.Ui;

/// <summary>
/// Errors of pages (not of the API) are shown as a page in the site's frame, in the user's language, with the
/// status and what to do next, never with exception text. The API keeps its problem details.
/// </summary>
internal sealed class HtmlProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        return !UiSetup.IsApi(request.Path)
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        var page = new RazorComponentResult<StatusPage>(new Dictionary<string, object?> { ["Status"] = status }) { StatusCode = status };
        await page.ExecuteAsync(context.HttpContext);
    }
}
