namespace Kompetenzzentrum.Contracts.Privacy;

/// <summary>
/// Implemented by every module that keeps personal data (names, e-mail addresses, phone numbers, free
/// text). On erasure (GDPR Art. 17) it removes that data from its events and read models and keeps
/// pseudonymous figures consistent.
/// </summary>
public interface IPersonalDataEraser
{
    /// <summary>Removes the subject's personal data.</summary>
    Task EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken);
}
