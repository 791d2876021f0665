using System.Net.Http.Json;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.OpenApi;

/// <summary>A client generated with NSwag from the live document compiles and books a session against the real host.</summary>
public sealed class GeneratedClientTests(HostFixture host) : IClassFixture<HostFixture>
{
    private sealed record SessionSeats(Guid Id, int Capacity, int SeatsTaken);

    [Fact]
    public async Task A_client_generated_from_the_document_compiles_and_books_a_session()
    {
        using var anonymous = host.CreateClient();
        var client = await GeneratedClient.SourceAsync(await anonymous.GetStringAsync("/openapi/v1.json"));

        var (errors, assembly) = GeneratedClient.Compile(client, BookingScenario.Source);

        Assert.True(errors.Count == 0, $"{errors.Count} compile errors:\n" + string.Join("\n", errors.Take(30)));
        using var staff = host.CreateAdminClient();
        var member = await host.CreateOrganisationAdminAsync();
        var run = assembly!.GetType(GeneratedClient.Namespace + ".BookingScenario")!.GetMethod("RunAsync")!;
        var result = await (Task<string[]>)run.Invoke(null, [staff, member.Client])!;
        var (sessionId, status, readStatus, attendees) = (Guid.Parse(result[0]), result[2], result[3], result[4]);
        Assert.Equal("confirmed", status);
        Assert.Equal(status, readStatus);
        Assert.Equal("Erika Mustermann", attendees);
        var seats = await staff.GetFromJsonAsync<SessionSeats>($"/api/catalog/sessions/{sessionId}", HostFixture.Json);
        Assert.Equal(1, seats!.SeatsTaken);
    }
}
