namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>
/// A center as a platform administrator describes it (the API's body and the form's fields): the address it is reached
/// under is its own host name or a path prefix, not both; the colours are hex (<c>#0a5c8f</c>), the logo an https address.
/// </summary>
internal sealed record CenterInput(
    string? Name,
    string? ShortName,
    string? LogoUrl,
    string? PrimaryColor,
    string? SecondaryColor,
    string? ContactEmail,
    string? ContactPhone,
    string? FundingLine,
    string? HostName,
    string? PathPrefix);
