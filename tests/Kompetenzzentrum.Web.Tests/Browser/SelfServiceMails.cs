using System.Text.RegularExpressions;

namespace Kompetenzzentrum.Testing;

/// <summary>The link a self-service mail carries, read from the outbox as its recipient reads it.</summary>
internal static partial class SelfServiceMails
{
    /// <summary>The configured public address the mails' links start with (the host's default in tests).</summary>
    public const string PublicBaseUrl = "http://localhost:5000";

    /// <summary>The path and query of the newest mail's link of a category, after checking that it is absolute.</summary>
    public static async Task<string> LinkAsync(this HostFixture host, string email, string category)
    {
        var mail = (await host.MailsToAsync(email)).Last(m => m.Category == category);
        var link = LinkPattern().Match(mail.TextBody).Value;
        Assert.StartsWith(PublicBaseUrl + "/", link, StringComparison.Ordinal);
        return new Uri(link).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
