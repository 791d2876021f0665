using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Testing;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.OpenApi;

/// <summary>The served document against the endpoints it describes: one schema per type, typed properties, enums with their names.</summary>
[Collection(ReadOnlyHost.Name)]
public sealed partial class OpenApiDocumentTests(HostFixture host)
{
    [Fact]
    public async Task Request_bodies_of_different_types_never_share_a_schema()
    {
        var bodies = await DocumentedBodiesAsync();
        var shared = bodies.GroupBy(b => b.Operation.BodySchemaId!)
            .Where(g => g.Select(b => b.Type).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: " + string.Join(", ", g.Select(b => $"{b.Operation.Name} ({b.Type.FullName})")))
            .ToList();

        Assert.True(shared.Count == 0, "schemas shared by different types:\n" + string.Join("\n", shared));
        Assert.True(bodies.Count > 60, $"only {bodies.Count} documented request bodies");
        Assert.True(bodies.Select(b => b.Operation.BodySchemaId).Distinct().Count() == bodies.Select(b => b.Type).Distinct().Count());
    }

    [Fact]
    public async Task Every_property_of_every_schema_says_what_it_holds()
    {
        var document = await DocumentAsync();
        var untyped = new List<string>();
        foreach (var (id, schema) in document["components"]!["schemas"]!.AsObject())
        {
            foreach (var (name, property) in schema!["properties"]?.AsObject() ?? [])
            {
                var shape = property!.AsObject();
                if (!new[] { "type", "$ref", "oneOf", "anyOf", "allOf", "enum" }.Any(shape.ContainsKey)
                    || (SchemaSamples.Types(shape).Contains("array") && shape["items"] is null))
                {
                    untyped.Add($"{id}.{name}: {shape.ToJsonString()}");
                }
            }
        }

        Assert.True(untyped.Count == 0, "untyped properties:\n" + string.Join("\n", untyped));
    }

    [Fact]
    public async Task Every_enum_in_a_request_body_is_documented_as_the_names_the_API_reads_and_writes()
    {
        var document = await DocumentAsync();
        var samples = new SchemaSamples(document, Guid.Empty);
        var checkedEnums = new HashSet<Type>();
        var wrong = new List<string>();
        foreach (var (operation, type) in await DocumentedBodiesAsync())
        {
            CheckEnums(samples, samples.Resolve(operation.BodySchema!), type, operation.Name, checkedEnums, wrong, depth: 0);
        }

        Assert.True(wrong.Count == 0, "enums documented wrongly:\n" + string.Join("\n", wrong));
        Assert.Contains(typeof(Contracts.Kernel.MaturityLevel), checkedEnums);
    }

    private static void CheckEnums(
        SchemaSamples samples, JsonObject schema, Type type, string where, HashSet<Type> seen, List<string> wrong, int depth)
    {
        if (depth > 5 || schema["properties"] is not JsonObject properties)
        {
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (properties[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] is not JsonObject documented)
            {
                continue;
            }
            var shape = NonNull(samples, documented);
            var clr = Element(property.PropertyType);
            if (clr.IsEnum)
            {
                seen.Add(clr);
                var values = (shape["enum"]?.AsArray() ?? []).Where(v => v is not null).Select(v => v!.GetValue<string>()).ToList();
                if (!values.SequenceEqual(Enum.GetNames(clr)) || !SchemaSamples.Types(shape).Contains("string"))
                {
                    wrong.Add($"{where} {property.Name}: {shape.ToJsonString()}");
                }
            }
            else if (clr != typeof(string) && clr.IsClass)
            {
                var inner = shape["items"] is JsonObject items ? NonNull(samples, items) : shape;
                CheckEnums(samples, inner, clr, where, seen, wrong, depth + 1);
            }
        }
    }

    private static JsonObject NonNull(SchemaSamples samples, JsonObject schema)
    {
        var resolved = samples.Resolve(schema);
        return (resolved["oneOf"] ?? resolved["anyOf"])?.AsArray().OfType<JsonObject>()
            .Select(samples.Resolve).FirstOrDefault(c => !SchemaSamples.Types(c).SetEquals(["null"])) ?? resolved;
    }

    private static Type Element(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        var enumerable = plain != typeof(string) && typeof(IEnumerable).IsAssignableFrom(plain)
            ? plain.GetInterfaces().Append(plain).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            : null;
        return enumerable is null ? plain : Nullable.GetUnderlyingType(enumerable.GetGenericArguments()[0]) ?? enumerable.GetGenericArguments()[0];
    }

    /// <summary>Each documented JSON request body with the CLR type its endpoint binds, found through the API explorer.</summary>
    private async Task<IReadOnlyList<(DocumentedOperation Operation, Type Type)>> DocumentedBodiesAsync()
    {
        var types = host.Factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .SelectMany(d => d.ParameterDescriptions.Where(p => p.Source == BindingSource.Body)
                .Select(p => (Key: $"{d.HttpMethod} /{Constraint().Replace(d.RelativePath ?? "", "}").TrimEnd('/')}", p.Type)))
            .ToDictionary(x => x.Key, x => x.Type);
        var operations = DocumentedOperation.All(await DocumentAsync()).Where(o => o.BodySchema is not null).ToList();
        var missing = operations.Where(o => o.BodySchemaId is null || !types.ContainsKey(o.Name)).Select(o => o.Name).ToList();
        Assert.True(missing.Count == 0, "bodies without a schema id or a bound type: " + string.Join(", ", missing));
        return operations.Select(o => (o, types[o.Name])).ToList();
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var client = host.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
    }

    [GeneratedRegex(@"(:[^}]*)?\??\}")]
    private static partial Regex Constraint();
}
