using Kompetenzzentrum.Contracts.Security;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.AspNetCore.OData.Query.Wrapper;
using Microsoft.AspNetCore.Routing;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;
using Microsoft.OData.UriParser;

namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>
/// The OData v4 feed at <c>/odata</c> for analysts and their tools (Excel, Power BI: personal access token
/// as HTTP Basic password). Every query option is applied to an EF Core query, so PostgreSQL does the work.
/// </summary>
internal static class ODataEndpoints
{
    public const int PageSize = 1000;
    public const int MaxTop = 10_000;
    public const int MaxNodeCount = 100;

    public static IEdmModel Model { get; } = BuildModel();

    private static readonly ODataValidationSettings Limits = new()
    {
        MaxTop = MaxTop,
        MaxNodeCount = MaxNodeCount,
        MaxExpansionDepth = 1,
        MaxOrderByNodeCount = 5,
        MaxAnyAllExpressionDepth = 1,
    };

    public static void MapResearchOData(this IEndpointRouteBuilder app)
    {
        var odata = app.MapGroup("/odata").RequireAuthorization(Policies.ODataRead);
        odata.MapODataServiceDocument("/", Model).RequireAuthorization(Policies.ODataRead).WithName("ResearchODataService");
        odata.MapODataMetadata("/$metadata", Model).RequireAuthorization(Policies.ODataRead).WithName("ResearchODataMetadata");
        MapSet<InteractionFact>(odata, "Interactions", db => db.Interactions);
        MapSet<NeedSignal>(odata, "NeedSignals", db => db.NeedSignals);
        MapSet<FeedbackResult>(odata, "Feedback", db => db.Feedback);
        MapSet<MaturityResult>(odata, "MaturityResults", db => db.MaturityResults);
        MapSet<FeedbackComment>(odata, "FeedbackComments", db => db.FeedbackComments);
        MapSet<InteractionCount>(odata, "InteractionCounts", db => db.InteractionCounts);
        MapSet<NeedSignalCount>(odata, "NeedSignalCounts", db => db.NeedSignalCounts);
    }

    private static void MapSet<T>(RouteGroupBuilder odata, string set, Func<ResearchDb, IQueryable<T>> source)
        where T : class =>
        odata.MapGet("/" + set, (ResearchDb db, ODataQueryOptions<T> options, HttpContext http, ITexts texts) =>
                ODataLimits.Run(http, options, MaxNodeCount, () => Query(source(db), set, options, texts)))
            .RequireAuthorization(Policies.ODataRead)
            .WithName("ResearchOData" + set)
            .WithODataResult()
            .WithODataModel(Model)
            // Results of $apply are not entities of the model; the path still names the entity set they come from.
            .WithODataPathFactory((_, _) => new ODataPath(new EntitySetSegment(Model.EntityContainer.FindEntitySet(set))))
            .WithODataOptions(options => options.EnableAll(MaxTop))
            .WithODataBaseAddressFactory(http => new Uri($"{http.Request.Scheme}://{http.Request.Host}/odata/"));

    private static object Query<T>(IQueryable<T> source, string set, ODataQueryOptions<T> options, ITexts texts)
    {
        try
        {
            options.Validate(Limits);
        }
        catch (ODataException ex)
        {
            return Results.Problem(statusCode: 400, title: texts.Get("research.odata.invalid"), detail: ex.Message);
        }
        var settings = new ODataQuerySettings { PageSize = PageSize };
        if (options.Apply is null)
        {
            return options.ApplyTo(source, settings);
        }
        // Aggregated rows are dynamic wrappers the minimal-API serializer does not write; the grouping itself
        // still runs in PostgreSQL, only the (small) grouped rows are written here.
        var rows = options.ApplyTo(source, settings).Cast<object>().Take(MaxTop).ToList()
            .Select(row => row is DynamicTypeWrapper wrapper ? Flatten(wrapper.Values) : null)
            .ToList();
        return Results.Json(new Dictionary<string, object?> { ["@odata.context"] = "$metadata#" + set, ["value"] = rows });
    }

    private static Dictionary<string, object?> Flatten(Dictionary<string, object> values)
    {
        var flat = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (value is DynamicTypeWrapper nested)
            {
                foreach (var (k, v) in Flatten(nested.Values))
                {
                    flat[k] = v;
                }
            }
            else
            {
                flat[key] = value;
            }
        }
        return flat;
    }

    private static IEdmModel BuildModel()
    {
        // Derived types are looked up in this module's assembly only: by default the builder scans every type of every
        // loaded assembly, over half a second of the host's start.
        var builder = new ODataConventionModelBuilder(new OwnAssembly()) { Namespace = "Research", ContainerName = "Research" };
        builder.EntitySet<InteractionFact>("Interactions").EntityType.Name = "Interaction";
        builder.EntitySet<NeedSignal>("NeedSignals");
        builder.EntitySet<FeedbackResult>("Feedback").EntityType.Name = "FeedbackResult";
        builder.EntitySet<MaturityResult>("MaturityResults");
        builder.EntitySet<FeedbackComment>("FeedbackComments").EntityType.HasKey(c => c.CommentId);
        builder.EntitySet<InteractionCount>("InteractionCounts").EntityType.HasKey(c => c.Key);
        builder.EntitySet<NeedSignalCount>("NeedSignalCounts").EntityType.HasKey(c => c.Key);
        return builder.GetEdmModel();
    }

    private sealed class OwnAssembly : IAssemblyResolver
    {
        public IEnumerable<System.Reflection.Assembly> Assemblies { get; } = [typeof(ODataEndpoints).Assembly];
    }
}
