namespace Kompetenzzentrum.Contracts.Privacy;

/// <summary>Implemented by every module that keeps personal data, for the export (GDPR Art. 15/20).</summary>
public interface IPersonalDataExporter
{
    /// <summary>The section name in the exported JSON, usually the module id.</summary>
    string Section { get; }

    /// <summary>Everything the module stores about the subject, as a serialisable object.</summary>
    Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken);
}
