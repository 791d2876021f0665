using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>
/// The input rules of a center, pure: each wrong field named with its reason. The address is exactly one of host name
/// and path prefix; only the default center may have neither (it is what a request without a known address reaches).
/// </summary>
internal static partial class CenterRules
{
    public const int MaxName = 200;
    public const int MaxText = 200;
    public const int MaxUrl = 500;

    /// <summary>First path segments the platform's own pages and API use; a center's prefix must not hide them.</summary>
    public static readonly IReadOnlySet<string> ReservedPrefixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "api", "backoffice", "katalog", "konto", "mediathek", "anmelden", "abmelden", "registrieren", "portal", "odata", "health",
        "hooks", "static", "assets", "css", "js", "img", "favicon.ico", "robots.txt", "openapi", "scalar", "swagger", "_content",
        "_framework", "analyse", "netzwerk", "datenschutz", "impressum", "sprache", "language", "feeds", "zentren",
    };

    /// <summary>The checked details, or the field errors.</summary>
    public static Result<CenterDetails> Check(CenterInput input, bool isDefault)
    {
        var errors = new FieldErrors();
        var name = Clean(input.Name);
        var shortName = Clean(input.ShortName)?.ToLowerInvariant();
        var logo = Clean(input.LogoUrl);
        var primary = Clean(input.PrimaryColor)?.ToLowerInvariant();
        var secondary = Clean(input.SecondaryColor)?.ToLowerInvariant();
        var email = Clean(input.ContactEmail);
        var phone = Clean(input.ContactPhone);
        var funding = Clean(input.FundingLine);
        var host = Clean(input.HostName)?.ToLowerInvariant().TrimEnd('.');
        var prefix = Clean(input.PathPrefix)?.Trim('/').ToLowerInvariant();
        errors.When(name is null, "name", "centers.name-required");
        errors.When(name is { Length: > MaxName }, "name", "centers.text-too-long", TextArgs.Of(("max", MaxName)));
        errors.When(shortName is null, "shortName", "centers.short-name-required");
        errors.When(shortName is not null && !Slug().IsMatch(shortName), "shortName", "centers.slug-format");
        errors.When(logo is not null && !IsHttpsUrl(logo), "logoUrl", "centers.logo-url");
        errors.When(primary is null || !Colour().IsMatch(primary), "primaryColor", "centers.colour-format");
        errors.When(secondary is null || !Colour().IsMatch(secondary), "secondaryColor", "centers.colour-format");
        errors.When(email is not null && (email.Length > MaxText || !Email().IsMatch(email)), "contactEmail", "centers.email-format");
        errors.When(phone is not null && !Phone().IsMatch(phone), "contactPhone", "centers.phone-format");
        errors.When(funding is { Length: > MaxText }, "fundingLine", "centers.text-too-long", TextArgs.Of(("max", MaxText)));
        errors.When(host is not null && !HostName().IsMatch(host), "hostName", "centers.host-format");
        errors.When(prefix is not null && !Slug().IsMatch(prefix), "pathPrefix", "centers.slug-format");
        errors.When(prefix is not null && ReservedPrefixes.Contains(prefix), "pathPrefix", "centers.prefix-reserved",
            TextArgs.Of(("prefix", prefix ?? "")));
        errors.When(host is not null && prefix is not null, "pathPrefix", "centers.one-address");
        errors.When(host is null && prefix is null && !isDefault, "hostName", "centers.address-required");
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        return new CenterDetails(name!, shortName!, logo, primary!, secondary!, email, phone, funding, host, prefix);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsHttpsUrl(string value) =>
        value.Length <= MaxUrl && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,39}$", RegexOptions.None, 1000)]
    private static partial Regex Slug();

    [GeneratedRegex("^#[0-9a-f]{6}$", RegexOptions.None, 1000)]
    private static partial Regex Colour();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.None, 1000)]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()/-]{4,29}$", RegexOptions.None, 1000)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$", RegexOptions.None, 1000)]
    private static partial Regex HostName();
}
