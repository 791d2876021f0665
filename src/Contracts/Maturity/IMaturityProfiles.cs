namespace Kompetenzzentrum.Contracts.Maturity;

/// <summary>Reads the latest maturity profile of an organisation.</summary>
public interface IMaturityProfiles
{
    /// <summary>The profile, or null when the organisation has not taken the check.</summary>
    Task<MaturityProfile?> FindAsync(Guid organisationId, CancellationToken cancellationToken);
}
