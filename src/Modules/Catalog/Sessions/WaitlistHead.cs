namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// How far the loaded head of a waitlist reaches, when not all of it was loaded.
/// </summary>
/// <param name="Through">The line of the head's last booking; 0 when the head is empty.</param>
/// <param name="LinesAtLoad">The lines handed out when it was loaded: bookings with a later line joined since.</param>
internal sealed record WaitlistHead(long Through, long LinesAtLoad);
