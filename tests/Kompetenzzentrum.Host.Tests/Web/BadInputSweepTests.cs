using System.Net;
using Kompetenzzentrum.Host.Tests.Web.Sweep;
using Kompetenzzentrum.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.Web;

/// <summary>
/// Every POST, PUT and PATCH endpoint of every loaded module, found from the endpoint metadata, gets broken
/// JSON, wrong types, unknown fields, an oversized body and hostile strings. Broken bodies must be refused
/// with 400/413 problem details; hostile strings may be accepted or refused, but never answered 5xx.
/// </summary>
public sealed class BadInputSweepTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly HttpStatusCode[] Refused = [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden];

    [Fact]
    public async Task Every_write_endpoint_refuses_malformed_mistyped_unknown_and_oversized_bodies_with_problem_details()
    {
        var targets = SweepTarget.All(host.Factory.Services.GetRequiredService<EndpointDataSource>());
        Assert.True(targets.Count > 30, $"only {targets.Count} JSON write endpoints found");
        var callers = await CallersAsync();
        var failures = new List<string>();
        var probed = 0;

        foreach (var target in targets)
        {
            var probes = new List<(string Probe, string Body, HttpStatusCode[] Expected)>
            {
                ("malformed", ProbeBodies.Malformed, [HttpStatusCode.BadRequest]),
                ("oversized", ProbeBodies.Oversized(), [HttpStatusCode.RequestEntityTooLarge]),
            };
            if (ProbeBodies.IsObjectShaped(target.RequestType))
            {
                probes.Add(("unknown field", ProbeBodies.UnknownField, [HttpStatusCode.BadRequest]));
                probes.Add(("wrong type", ProbeBodies.WrongType(target.RequestType)!, [HttpStatusCode.BadRequest]));
            }
            foreach (var (probe, body, expected) in probes)
            {
                var (status, problemJson) = await SendAsync(callers, target, body);
                if (status is null)
                {
                    continue; // nobody of the sweep may call it
                }
                probed++;
                if (!expected.Contains(status.Value) || !problemJson)
                {
                    failures.Add($"{target.Name} [{probe}] -> {(int)status} {(problemJson ? "problem+json" : "not problem details")}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {probed} probes answered wrongly:\n" + string.Join("\n", failures));
        Assert.True(probed > targets.Count, $"only {probed} probes reached an endpoint");
    }

    [Fact]
    public async Task Every_write_endpoint_answers_hostile_strings_without_a_server_error()
    {
        var targets = SweepTarget.All(host.Factory.Services.GetRequiredService<EndpointDataSource>());
        var callers = await CallersAsync();
        var failures = new List<string>();
        var probed = 0;

        foreach (var target in targets)
        {
            foreach (var payload in ProbeBodies.Injections)
            {
                if (ProbeBodies.Hostile(target.RequestType, payload) is not { } body)
                {
                    continue;
                }
                var (status, problemJson) = await SendAsync(callers, target, body);
                if (status is null)
                {
                    continue;
                }
                probed++;
                if ((int)status >= 500 || ((int)status >= 400 && !problemJson))
                {
                    failures.Add($"{target.Name} [{payload[..Math.Min(20, payload.Length)]}] -> {(int)status}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {probed} probes failed:\n" + string.Join("\n", failures));
        Assert.True(probed > 100, $"only {probed} hostile probes reached an endpoint");
    }

    private async Task<IReadOnlyList<(HttpClient Client, Guid OrganisationId)>> CallersAsync()
    {
        var member = await host.CreateOrganisationAdminAsync();
        var staffOrganisation = await host.CreateOrganisationAdminAsync();
        return [(host.CreateAdminClient(), staffOrganisation.OrganisationId!.Value), (member.Client, member.OrganisationId!.Value)];
    }

    /// <summary>Sends as the first caller the endpoint lets in; null when all are refused.</summary>
    private static async Task<(HttpStatusCode? Status, bool ProblemJson)> SendAsync(
        IReadOnlyList<(HttpClient Client, Guid OrganisationId)> callers, SweepTarget target, string body)
    {
        foreach (var (client, organisationId) in callers)
        {
            using var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Url(organisationId))
            {
                Content = ProbeBodies.Json(body),
            };
            using var response = await client.SendAsync(request);
            if (Refused.Contains(response.StatusCode))
            {
                continue;
            }
            return (response.StatusCode, response.Content.Headers.ContentType?.MediaType == "application/problem+json");
        }
        return (null, false);
    }
}
