namespace Kompetenzzentrum.Modules.Organisations.Duplicates;

/// <summary>
/// The domain of a contact address as the duplicate rule compares it, or null for free-mail providers: two customers of
/// gmx.de are not one company.
/// </summary>
internal static class MailDomains
{
    public static readonly IReadOnlySet<string> FreeMail = new HashSet<string>(StringComparer.Ordinal)
    {
        "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com", "web.de", "t-online.de", "freenet.de", "arcor.de", "online.de", "email.de",
        "posteo.de", "mailbox.org", "gmail.com", "googlemail.com", "outlook.com", "outlook.de", "hotmail.com", "hotmail.de", "live.com",
        "live.de", "msn.com", "yahoo.com", "yahoo.de", "icloud.com", "me.com", "mac.com", "aol.com", "aol.de", "protonmail.com",
        "proton.me", "vodafone.de", "1und1.de", "kabelmail.de", "mail.de", "unitybox.de",
    };

    /// <summary>The lower-case domain of <paramref name="email"/>; null when there is none or it is a free-mail provider.</summary>
    public static string? CompanyDomainOf(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        if (email is null || at < 1 || at == email.Length - 1)
        {
            return null;
        }
        var domain = email[(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant();
        return domain.Contains('.', StringComparison.Ordinal) && !FreeMail.Contains(domain) ? domain : null;
    }
}
