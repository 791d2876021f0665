namespace Kompetenzzentrum.Testing;

/// <summary>A host configured with an SMTP relay, and the relay itself.</summary>
public sealed class SmtpHostFixture : HostFixture
{
    private readonly SmtpRelay _relay = new();

    public SmtpRelay Relay => _relay;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = _relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "none",
        ["Mail:Smtp:PollSeconds"] = "1",
        ["Mail:Smtp:From"] = "Kompetenzzentrum Test <noreply@kompetenzzentrum.test>",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _relay.Dispose();
    }
}
