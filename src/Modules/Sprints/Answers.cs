using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Http;

namespace Kompetenzzentrum.Modules.Sprints;

/// <summary>How the module's endpoints turn decisions into HTTP answers.</summary>
internal static class Answers
{
    /// <summary>A 400 naming the field, with the message in the request's language.</summary>
    public static IResult Invalid(string field, string german, string english) =>
        new Rejection(RejectionKind.Invalid, german, english, field).ToResult();

    /// <summary>A 409 with the reason in the request's language.</summary>
    public static IResult Conflict(string german, string english) => new Rejection(RejectionKind.Conflict, german, english).ToResult();
}
