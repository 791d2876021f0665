namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// Absolute links for mails (password reset, invitation), from the site's public address
/// (<c>Modules:organisations:PublicBaseUrl</c>), since a mail is read outside any request.
/// </summary>
internal sealed record PublicLinks(string BaseUrl)
{
    public const string Setting = "PublicBaseUrl";

    /// <summary>The absolute address of a page path with its query, e.g. <c>/konto/passwort-neu?code=…</c>.</summary>
    public string For(string pathAndQuery) => BaseUrl.TrimEnd('/') + pathAndQuery;
}
