using System.Net;

namespace Kompetenzzentrum.Contracts.Mail;

/// <summary>The HTML part of a mail written as plain text (a rendered template): the text encoded, its lines kept.</summary>
public static class MailBody
{
    /// <summary>One paragraph of <paramref name="text"/>, HTML-encoded, each line break a <c>&lt;br&gt;</c>.</summary>
    public static string Html(string text) => "<p>" + WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>";
}
