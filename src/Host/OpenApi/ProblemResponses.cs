using Kompetenzzentrum.Contracts.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Kompetenzzentrum.Host.OpenApi;

/// <summary>
/// The RFC 9457 problems an operation can answer, documented from what the host does for every endpoint: a body or
/// query it cannot bind (400, naming the field), a body over the limit (413), no or too little sign-in (401, 403), an
/// id that names nothing (404), a write that lost a race (409), too many attempts where the endpoint is rate limited
/// (429), a database or module that is down (503); for an endpoint marked with
/// <see cref="EntityTags.ReadsIfMatch"/> the If-Match header with 412 (and 428). What an endpoint documents
/// itself stays as it is.
/// </summary>
internal static class ProblemResponses
{
    private const string ProblemJson = "application/problem+json";

    public static async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var sources = description.ParameterDescriptions.Select(p => p.Source).ToList();
        var hasBody = sources.Contains(BindingSource.Body);
        var signedIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var write = description.HttpMethod is "POST" or "PUT" or "PATCH" or "DELETE";

        var problem = await ReferenceAsync<ProblemDetails>(context, ct);
        operation.Responses ??= [];
        // An endpoint that declares only its problems (ReadsIfMatch) loses the 200 the generator assumes for an
        // IResult; it still answers one.
        if (!operation.Responses.Keys.Any(status => status.StartsWith('2')))
        {
            operation.Responses["200"] = new OpenApiResponse { Description = "OK" };
        }
        if (hasBody || sources.Contains(BindingSource.Query))
        {
            Add(operation, "400", "Invalid input: the problem's errors name each field and what is wrong with it.",
                await ReferenceAsync<HttpValidationProblemDetails>(context, ct));
        }
        if (signedIn)
        {
            Add(operation, "401", "Not signed in.", problem);
            Add(operation, "403", "Signed in, but not allowed to do this.", problem);
        }
        if (sources.Contains(BindingSource.Path))
        {
            Add(operation, "404", "Nothing with this id, or nothing the caller may see.", problem);
        }
        if (write)
        {
            Add(operation, "409", "A concurrent write to the same record won; reload and try again.", problem);
        }
        var answers = metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
        if (answers.Contains(StatusCodes.Status412PreconditionFailed))
        {
            DocumentIfMatch(operation, answers.Contains(StatusCodes.Status428PreconditionRequired), problem,
                await ReferenceAsync<HttpValidationProblemDetails>(context, ct));
        }
        if (hasBody)
        {
            Add(operation, "413", "The body is larger than the host accepts.", problem);
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(operation, "429", "Too many attempts; wait and try again.", problem);
        }
        Add(operation, "503", "The database or the module is not available right now.", problem);
    }

    /// <summary>The header of <see cref="EntityTags"/>, read by an endpoint that answers 412, and its answers.</summary>
    private static void DocumentIfMatch(OpenApiOperation operation, bool required, IOpenApiSchema problem, IOpenApiSchema invalid)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = EntityTags.IfMatch,
            In = ParameterLocation.Header,
            Required = required,
            Description = "The ETag of the version the write is based on, e.g. \"7\"" + (required ? "." : "; without it the write goes on."),
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            Example = System.Text.Json.Nodes.JsonValue.Create(EntityTags.Of(7)),
        });
        Add(operation, "400", "Invalid input, or an If-Match that is not one entity tag.", invalid);
        Add(operation, "412", "The version named in If-Match is no longer current; the problem names the current ETag.", problem);
        if (required)
        {
            Add(operation, "428", "If-Match is missing: send the ETag of what was edited.", problem);
        }
    }

    private static void Add(OpenApiOperation operation, string status, string text, IOpenApiSchema schema) =>
        operation.Responses!.TryAdd(status, new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } },
        });

    /// <summary>A reference to the schema of <typeparamref name="T"/>, registered once under its schema id.</summary>
    private static async Task<IOpenApiSchema> ReferenceAsync<T>(OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var id = typeof(T).Name;
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(id) != true)
        {
            document.AddComponent(id, await context.GetOrCreateSchemaAsync(typeof(T), null, ct));
        }
        return new OpenApiSchemaReference(id, document);
    }
}
