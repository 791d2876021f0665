using System.Globalization;
using System.Text.RegularExpressions;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Host.Texts;
using Kompetenzzentrum.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kompetenzzentrum.Host.Tests.Texts;

/// <summary>
/// Every text exists in German and English, for every catalog the host loads (modules and plugins alike), and every
/// code the source refuses with or looks up has a text.
/// </summary>
[Collection(ReadOnlyHost.Name)]
public sealed partial class TextCatalogTests(HostFixture host)
{
    [Fact]
    public void Every_key_of_every_loaded_catalog_has_a_German_and_an_English_text()
    {
        var texts = host.Factory.Services.GetRequiredService<ResourceTexts>();
        var catalogs = host.Factory.Services.GetServices<TextCatalog>().Select(c => c.Prefix).ToList();
        Assert.Contains("common", catalogs);
        // The sample plugin brings its own catalog from its load context; its keys are checked like a module's.
        Assert.Contains("lernfabrik", catalogs);

        var german = texts.Codes("de").ToHashSet(StringComparer.Ordinal);
        var english = texts.Codes("en").ToHashSet(StringComparer.Ordinal);
        Assert.Empty(german.Except(english).Order());
        Assert.Empty(english.Except(german).Order());
        foreach (var code in german)
        {
            Assert.False(string.IsNullOrWhiteSpace(Text(texts, code, "de")), $"{code} has no German text");
            Assert.False(string.IsNullOrWhiteSpace(Text(texts, code, "en")), $"{code} has no English text");
        }
    }

    [Fact]
    public void Every_code_the_source_names_has_a_text()
    {
        var texts = host.Factory.Services.GetRequiredService<ResourceTexts>();
        var known = texts.Codes("de").ToHashSet(StringComparer.Ordinal);
        var prefixes = host.Factory.Services.GetServices<TextCatalog>().Select(c => c.Prefix).ToHashSet(StringComparer.Ordinal);
        var root = SolutionRoot();
        var missing = new List<string>();
        var sources = new[] { "src", "plugins" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories));
        foreach (var file in sources.Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            foreach (Match match in CodeLiteral().Matches(source))
            {
                var code = match.Groups["code"].Value;
                if (!known.Contains(code))
                {
                    missing.Add($"{Path.GetRelativePath(root, file)}: {code}");
                }
            }
            // Codes after a computed field name (errors.When(wrong, field + ".id", "x.y")) are told from other strings by
            // their catalog's prefix.
            foreach (Match match in CodeAfterField().Matches(source))
            {
                var code = match.Groups["code"].Value;
                if (prefixes.Contains(code[..code.IndexOf('.', StringComparison.Ordinal)]) && !known.Contains(code))
                {
                    missing.Add($"{Path.GetRelativePath(root, file)}: {code}");
                }
            }
        }
        Assert.True(missing.Count == 0, "codes without a text:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void A_count_of_one_takes_the_singular_and_placeholders_take_their_values_in_the_language()
    {
        var texts = host.Factory.Services.GetRequiredService<ResourceTexts>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("1 Platz frei", texts.Get("common.seats-free", TextArgs.Of(("count", 1))));
            Assert.Equal("2,5 Plätze frei", texts.Get("common.seats-free", TextArgs.Of(("count", 2.5m))));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("1 seat left", texts.Get("common.seats-free", TextArgs.Of(("count", 1))));
            Assert.Equal("0 seats left", texts.Get("common.seats-free", TextArgs.Of(("count", 0))));
            Assert.Equal("unknown.code", texts.Get("unknown.code"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("de", 1, "1 Platz")]
    [InlineData("de", 2, "2 Plätze")]
    [InlineData("de", 0, "0 Plätze")]
    [InlineData("en", 1, "1 place")]
    [InlineData("en", 2, "2 places")]
    public void A_plugin_text_takes_its_singular_and_plural_form_in_each_language(string language, int count, string expected)
    {
        var texts = host.Factory.Services.GetRequiredService<ResourceTexts>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            Assert.Equal(expected, texts.Get("lernfabrik.page.places", TextArgs.Of(("count", count))));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Text(ResourceTexts texts, string code, string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return texts.Get(code);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string SolutionRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kompetenzzentrum.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("the solution folder was not found");
    }

    // Codes in refusals, field errors and text lookups: Refusal.Conflict("x.y"), Refusal.Invalid("field", "x.y"),
    // new FieldError("field", "x.y"), texts.Get("x.y"), new TextCode("x.y").
    [GeneratedRegex(
        @"(?:Refusal\.(?:NotFound|Forbidden|Conflict|Stale|Unavailable)\(|Refusal\.Invalid\(""[^""]*"",\s*|new FieldError\(""[^""]*"",\s*"
        + @"|\.Get\(|new TextCode\()""(?<code>[a-z][a-z0-9-]*\.[a-z0-9.#-]+)""")]
    private static partial Regex CodeLiteral();

    // A string that looks like a code among the arguments of FieldErrors.When(...), new FieldError(...) or
    // Refusal.Invalid(...) after a field that is computed or a literal (strings are skipped whole, up to the statement's end).
    [GeneratedRegex(
        @"(?:(?<!UiText)\.When\(|new FieldError\(|Refusal\.Invalid\()(?:[^;""]|""[^""]*"")*?,\s*""(?<code>[a-z][a-z0-9-]*\.[a-z0-9.#-]+)""")]
    private static partial Regex CodeAfterField();
}
