using Kompetenzzentrum.Contracts.Offerings;
using Kompetenzzentrum.Contracts.Slots;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Consultations.Tests.Http;

/// <summary>A clocked host in which a partner's offering type (<see cref="PartnerSlotMails"/>) books slots and mails them too.</summary>
public sealed class SlotMailHostFixture : ClockedHostFixture
{
    public PartnerSlotMails Partner { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddOfferingType(new OfferingTypeDefinition(PartnerSlotMails.Type, new("Maschinenzeit", "Machine time"),
            new("Eine Stunde an der Fräse.", "One hour at the milling machine."), CapacityModel.OneToOneSlot, []));
        services.AddSingleton<ISlotBookingMails>(Partner);
        services.AddDefaultTemplate(new TemplateDefinition(PartnerSlotMails.Template, "de", "Ihre Maschinenzeit ist {{ what }}: {{ room }}",
            "Partner test mail"));
    }
}
