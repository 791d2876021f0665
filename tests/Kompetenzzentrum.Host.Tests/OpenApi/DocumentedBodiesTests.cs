using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Kompetenzzentrum.Testing;

namespace Kompetenzzentrum.Host.Tests.OpenApi;

/// <summary>
/// Every operation with a JSON body gets a body built from nothing but its documented schema. The API may refuse it
/// for domain reasons (a 4xx naming the rule), but never as unreadable: no 500, no field that "could not be mapped",
/// no "not valid JSON for this endpoint", and no status, success or refusal, that the operation does not document.
/// </summary>
public sealed class DocumentedBodiesTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly HttpStatusCode[] Refused = [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden];

    // The English titles of host.problem.not-json and host.problem.bad-request: the body or a parameter did not bind.
    private static readonly string[] BindingTitles = ["The request body is not valid JSON for this endpoint.", "Bad request"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_built_from_the_documented_schema_always_binds(bool everyProperty)
    {
        using var anonymous = host.CreateClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        var member = await host.CreateOrganisationAdminAsync();
        var staff = await host.CreateOrganisationAdminAsync();
        (HttpClient Client, Guid Organisation)[] callers =
            [(host.CreateAdminClient(), staff.OrganisationId!.Value), (member.Client, member.OrganisationId!.Value)];
        var operations = DocumentedOperation.All(document).Where(o => o.BodySchema is not null)
            .OrderBy(o => Destructive(o.Path) ? 1 : 0).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
        var failures = new List<string>();
        var reached = 0;
        var accepted = 0;

        foreach (var operation in operations)
        {
            foreach (var (client, organisation) in callers)
            {
                var samples = new SchemaSamples(document, organisation);
                var body = samples.Sample(operation.BodySchema!, everyProperty)?.ToJsonString() ?? "null";
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), Url(operation, samples))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                using var response = await client.SendAsync(request);
                if (Refused.Contains(response.StatusCode))
                {
                    continue; // this caller may not; the next may
                }
                reached++;
                accepted += response.IsSuccessStatusCode ? 1 : 0;
                var answer = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                if (status >= 500 || answer.Contains("could not be mapped", StringComparison.Ordinal)
                    || BindingTitles.Any(t => answer.Contains($"\"title\":\"{t}\"", StringComparison.Ordinal))
                    || !operation.Documents(status))
                {
                    failures.Add($"{operation.Name} {body} -> {(int)response.StatusCode} {answer[..Math.Min(400, answer.Length)]}");
                }
                break;
            }
        }

        Assert.True(failures.Count == 0,
            $"{failures.Count} of {reached} documented bodies were unreadable or got an undocumented status:\n" + string.Join("\n", failures));
        Assert.True(reached > 60, $"only {reached} of {operations.Count} operations reached");
        Assert.True(accepted > 5, $"only {accepted} of {reached} documented bodies were accepted");
    }

    /// <summary>The path with each parameter filled from its schema, and the required query parameters.</summary>
    private static string Url(DocumentedOperation operation, SchemaSamples samples)
    {
        var path = operation.Path;
        var query = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var value = samples.Sample(parameter["schema"]!.AsObject(), full: false, name) is JsonValue v ? v.ToJsonString().Trim('"') : "1";
            if (parameter["in"]?.GetValue<string>() == "path")
            {
                path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }
            else if (parameter["in"]?.GetValue<string>() == "query" && parameter["required"]?.GetValue<bool>() == true)
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    // Erasing or signing out would take the callers away from the operations after them.
    private static bool Destructive(string path) =>
        new[] { "erase", "sign-out", "delete", "revoke" }.Any(word => path.Contains(word, StringComparison.OrdinalIgnoreCase));
}
