using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Kompetenzzentrum.Testing;

/// <summary>
/// axe-core run in the page itself: the WCAG 2.1 A/AA rules, the serious and critical violations. The same check
/// as Deque's <c>page.RunAxe</c>, without its costs per call: that one evaluates the ~500 KB script twice (page and
/// an extra blank page it opens for the final step, a new browser context each time) and ships every pass and
/// inapplicable result through JSON. Here the script is read once per test run, evaluated once per document
/// (every frame of it) and only the violations come back.
/// </summary>
public static class AxeCheck
{
    /// <summary>The rule tags checked: WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> Inject = new(() => "() => { " + new BundledAxeScriptProvider().GetScript() + "\n}");

    // resultTypes only shortens the passes, incomplete and inapplicable lists; violations are reported in full.
    private const string Run = """
        async tags => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.html) }));
        }
        """;

    /// <summary>The serious and critical violations on the page as it is now, one line each.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        foreach (var frame in page.Frames)
        {
            if (!await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            {
                await frame.EvaluateAsync(Inject.Value);
            }
        }
        var violations = await page.EvaluateAsync<Violation[]>(Run, Tags);
        return [.. violations.Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help}: " + string.Join(" | ", v.Nodes))];
    }

    /// <summary>A violation as the page script returns it (Playwright fills it through its properties).</summary>
    private sealed class Violation
    {
        public string Id { get; set; } = "";

        public string Impact { get; set; } = "";

        public string Help { get; set; } = "";

        public string[] Nodes { get; set; } = [];
    }
}
