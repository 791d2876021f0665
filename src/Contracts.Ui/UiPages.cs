using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>Answers of page endpoints: a rendered component, or a redirect with a flash message.</summary>
public static class UiPages
{
    /// <summary>Renders a page component (static server rendering) with its parameters.</summary>
    /// <param name="parameters">An anonymous object or dictionary whose members match the component's parameters.</param>
    /// <param name="status">The status code, e.g. 400 when a form is shown again with errors.</param>
    public static RazorComponentResult<TComponent> Render<TComponent>(object? parameters = null, int status = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        new(parameters ?? new Dictionary<string, object?>()) { StatusCode = status };

    /// <summary>Redirects after a successful post (303 See Other), with a message for the next page.</summary>
    public static IResult Done(HttpContext http, string path, string message)
    {
        Flash.Set(http, FlashKind.Success, message);
        return Results.Redirect(InCenter(http, path), permanent: false, preserveMethod: false);
    }

    /// <summary>Redirects with an error message, for actions without a form to show again (e.g. a button in a list).</summary>
    public static IResult Failed(HttpContext http, string path, string message)
    {
        Flash.Set(http, FlashKind.Error, message);
        return Results.Redirect(InCenter(http, path));
    }

    // A center reached by its path prefix keeps it in the PathBase (/lausitz): the redirect stays inside the center.
    private static string InCenter(HttpContext http, string path) => http.Request.PathBase.Value + LocalOnly(path);

    /// <summary>The path when it stays on this site, else <c>/</c> (no open redirects through return URLs).</summary>
    public static string LocalOnly(string? path) =>
        !string.IsNullOrEmpty(path) && path.StartsWith('/')
            && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal)
            ? path
            : "/";
}
