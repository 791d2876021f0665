using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Centers.Centers;

/// <summary>The center form: the center's id (null for a new one), the version it was filled in against, the form's values and errors.</summary>
internal sealed record CenterFormView(Guid? Id, long Version, bool IsDefault, FormState State);
