using Kompetenzzentrum.Contracts.Application;
using Microsoft.AspNetCore.Http;
using Mono.Cecil;

namespace Kompetenzzentrum.Architecture.Tests;

/// <summary>Pages call the typed application handlers, never an API handler's HTTP answer (<see cref="PageCalls"/>).</summary>
public sealed class PageTests
{
    [Fact]
    public void No_page_of_a_module_or_plugin_calls_a_handler_that_answers_with_an_IResult()
    {
        var assemblies = AssemblyPaths("modules").Concat(AssemblyPaths("plugins")).ToList();
        Assert.True(assemblies.Count >= 8, "modules and plugins are built into the artifacts folder");
        var violations = new List<string>();
        var pages = 0;
        foreach (var path in assemblies)
        {
            using var module = ModuleDefinition.ReadModule(path);
            pages += module.Types.Count(t => PageCalls.IsPage(t, module));
            violations.AddRange(PageCalls.Violations(module));
        }
        Assert.True(pages > 50, $"only {pages} page types found: the rule no longer recognises pages");
        Assert.Empty(violations);
    }

    [Fact]
    public void The_rule_finds_a_page_reading_an_API_handlers_answer_and_lets_typed_handlers_pass()
    {
        using var module = ModuleDefinition.ReadModule(typeof(PageTests).Assembly.Location);

        var violations = PageCalls.Violations(module).Where(v => v.Contains("SamplePages", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Contains("SampleEndpoints.ListAsync", v, StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("<ReadsTheApiAsync>", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("TakesTheApiHandler", StringComparison.Ordinal));
    }

    private static IEnumerable<string> AssemblyPaths(string kind) =>
        Directory.GetDirectories(Testing.Artifacts.Folder(kind, ""))
            .Select(d => Path.Combine(d, Path.GetFileName(d) + ".dll"))
            .Where(File.Exists);
}

/// <summary>An API handler and a typed handler, as a module has them (for the rule's own test).</summary>
internal static class SampleEndpoints
{
    public static Task<IResult> ListAsync() => Task.FromResult(Results.Ok(1));

    public static Task<Result<int>> CountAsync() => Task.FromResult<Result<int>>(1);
}

/// <summary>A page endpoint class: one method as it should be, two as the rule forbids.</summary>
internal static class SamplePages
{
    public static async Task<IResult> UsesTheTypedHandlerAsync() =>
        (await SampleEndpoints.CountAsync()).Match(count => Results.Redirect($"/done/{count}"), _ => Results.NotFound());

    public static async Task<IResult> ReadsTheApiAsync() =>
        await SampleEndpoints.ListAsync() is IStatusCodeHttpResult { StatusCode: 200 } ? Results.Redirect("/done") : Results.NotFound();

    public static Func<Task<IResult>> TakesTheApiHandler() => SampleEndpoints.ListAsync;
}
