using System.Collections;
using System.Reflection;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;
using Npgsql;

namespace Kompetenzzentrum.Modules.Research.OData;

/// <summary>
/// What the OData validator leaves open: <c>$apply</c> gets the same node limit as <c>$filter</c> (its
/// <c>filter(...)</c>, <c>compute(...)</c>, <c>groupby</c> and <c>aggregate</c> expressions together), and a query
/// that PostgreSQL stops at its <see cref="StatementTimeout"/> answers 503 with problem details instead of 500.
/// </summary>
internal static class ODataLimits
{
    private const string QueryCanceled = "57014";

    public static object Run(HttpContext http, ODataQueryOptions options, int maxNodeCount, Func<object> query)
    {
        var texts = http.RequestServices.GetRequiredService<ITexts>();
        if (ApplyNodes(options, maxNodeCount + 1) > maxNodeCount)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: texts.Get("research.odata.invalid"),
                detail: texts.Get("research.odata.apply-too-large", TextArgs.Of(("max", maxNodeCount))));
        }
        try
        {
            var result = query();
            // A $count=true total would otherwise be counted while the answer is written, beyond this catch.
            var feature = http.ODataFeature();
            if (feature.TotalCountFunc is { } count)
            {
                var total = count();
                feature.TotalCount = total;
                feature.TotalCountFunc = () => total;
            }
            return result;
        }
        catch (Exception ex) when (IsTimeout(ex))
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: texts.Get("research.odata.timeout"),
                detail: texts.Get("research.odata.timeout-detail"));
        }
    }

    private static int ApplyNodes(ODataQueryOptions options, int stopAt)
    {
        try
        {
            return options.Apply?.ApplyClause is { } apply ? CountNodes(apply.Transformations, stopAt) : 0;
        }
        catch (ODataException)
        {
            // Not valid at all: the query's own validation answers that.
            return 0;
        }
    }

    /// <summary>Counts the expression nodes under the transformations, stopping once <paramref name="stopAt"/> is reached.</summary>
    public static int CountNodes(IEnumerable<TransformationNode> transformations, int stopAt)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var count = 0;
        var pending = new Stack<object>(transformations);
        while (pending.Count > 0 && count < stopAt)
        {
            var item = pending.Pop();
            if (!seen.Add(item))
            {
                continue;
            }
            if (item is QueryNode)
            {
                count++;
            }
            foreach (var child in Children(item))
            {
                pending.Push(child);
            }
        }
        return count;
    }

    // The parser's trees (query nodes, clauses, aggregate and group-by parts) all live in the URI parser's
    // namespaces; walking their properties finds every expression without naming each node kind.
    private static IEnumerable<object> Children(object item)
    {
        foreach (var property in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            var value = property.GetValue(item);
            if (IsTreePart(value))
            {
                yield return value!;
            }
            else if (value is IEnumerable many and not string)
            {
                foreach (var element in many)
                {
                    if (IsTreePart(element))
                    {
                        yield return element!;
                    }
                }
            }
        }
    }

    private static bool IsTreePart(object? value) =>
        value is QueryNode or TransformationNode or FilterClause or ComputeExpression or AggregateExpressionBase or GroupByPropertyNode;

    private static bool IsTimeout(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: QueryCanceled })
            {
                return true;
            }
        }
        return false;
    }
}
