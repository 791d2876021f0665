using Kompetenzzentrum.Host.Templates;

namespace Kompetenzzentrum.Host.Tests.Templates;

public sealed class ScribanSandboxTests
{
    [Fact]
    public void Given_a_model_Then_its_properties_render()
    {
        var template = ScribanSandbox.Parse("Hallo {{ name }}, {{ seats }} Plätze", out var errors);
        Assert.Empty(errors);
        Assert.Equal("Hallo Frau Muster, 3 Plätze", ScribanSandbox.Render(template, new { Name = "Frau Muster", Seats = 3 }));
    }

    [Fact]
    public void Given_a_syntax_error_Then_validation_reports_line_and_column()
    {
        var errors = ScribanSandbox.Validate("Zeile eins\n{{ if }}\n", null);
        var error = errors[0];
        Assert.Equal(2, error.Line);
        Assert.True(error.Column >= 1);
    }

    [Fact]
    public void Given_an_endless_loop_Then_the_loop_limit_stops_it()
    {
        var errors = ScribanSandbox.Validate("{{ for i in 1..1000000 }}x{{ end }}", null);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Given_unbounded_recursion_Then_the_recursion_limit_stops_it()
    {
        var errors = ScribanSandbox.Validate("{{ func f(x); ret f(x + 1); end; f(1) }}", null);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Given_huge_output_Then_the_output_limit_stops_it()
    {
        // 6,000 writes of 100 characters: 600,000 characters, over the 512 KiB limit.
        var template = ScribanSandbox.Parse(string.Concat(Enumerable.Repeat("{{ s }}", 6000)), out _);
        var ex = Record.Exception(() => ScribanSandbox.Render(template, new { S = new string('x', 100) }));
        Assert.NotNull(ex);
        Assert.Contains("limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_loop_producing_a_huge_string_Then_it_is_bounded_by_the_output_limit()
    {
        var template = ScribanSandbox.Parse("{{ for i in 1..9000 }}" + new string('x', 100) + "{{ end }}", out _);
        string? text = null;
        var ex = Record.Exception(() => text = ScribanSandbox.Render(template, null));
        Assert.True(ex is not null || text!.Length <= ScribanSandbox.OutputLimit + 3, $"rendered {text?.Length} characters");
    }

    [Fact]
    public void Given_a_long_but_legitimate_report_Then_it_renders_whole()
    {
        var template = ScribanSandbox.Parse("{{ for i in 1..2000 }}Zeile {{ i }}: " + new string('x', 40) + "\n{{ end }}", out _);
        Assert.Contains("Zeile 2000:", ScribanSandbox.Render(template, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_include_Then_it_fails_since_there_is_no_file_access()
    {
        var errors = ScribanSandbox.Validate("{{ include '/etc/passwd' }}", null);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Given_a_model_method_Then_it_is_not_reachable()
    {
        var template = ScribanSandbox.Parse("[{{ model.get_type }}][{{ model.to_string }}]", out _);
        Assert.Equal("[][]", ScribanSandbox.Render(template, new { Model = new Uri("https://example.org") }));
    }
}
