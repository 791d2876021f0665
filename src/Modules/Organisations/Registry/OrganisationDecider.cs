using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Modules.Organisations.Registry;

/// <summary>Registering and editing an organisation as pure decisions on the loaded state.</summary>
internal static class OrganisationDecider
{
    /// <summary>
    /// A registration: staff register any organisation; a registrant who is not staff joins the new one as its
    /// admin, unless it already belongs to one (<paramref name="registrantOrganisation"/>).
    /// </summary>
    public static Decision Register(Guid id, OrganisationInput body, Guid registrantId, Guid? registrantOrganisation, bool staff)
    {
        if (body.Check() is { } invalid)
        {
            return invalid;
        }
        if (!staff && registrantOrganisation is not null)
        {
            return Refusal.Conflict("organisations.already-member");
        }
        var registered = new OrganisationRegistered(
            id, body.Name!.Trim(), body.Kind!, body.Industry!, body.SizeClass!, body.FederalState!, body.Postcode!, registrantId);
        return staff ? Decision.Accept(registered) : Decision.Accept(registered, new MemberJoined(id, registrantId, true));
    }

    /// <summary>A change of the details, on the version the caller read (<paramref name="expected"/>, null: any).</summary>
    public static Decision Update(Organisation organisation, OrganisationInput body, long? expected)
    {
        if (body.Check() is { } invalid)
        {
            return invalid;
        }
        if (expected is { } named && named != organisation.Version)
        {
            return Refusal.Stale("common.stale");
        }
        return Decision.Accept(new OrganisationDetailsChanged(
            organisation.Id, body.Name!.Trim(), body.Kind!, body.Industry!, body.SizeClass!, body.FederalState!, body.Postcode!));
    }
}
