namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>
/// A center's checked description as its events carry it: trimmed, short name, host name and path prefix in lower case,
/// colours as <c>#rrggbb</c>, empty optional fields as null.
/// </summary>
internal sealed record CenterDetails(
    string Name,
    string ShortName,
    string? LogoUrl,
    string PrimaryColor,
    string SecondaryColor,
    string? ContactEmail,
    string? ContactPhone,
    string? FundingLine,
    string? HostName,
    string? PathPrefix);
