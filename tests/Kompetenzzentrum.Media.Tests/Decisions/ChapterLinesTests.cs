using Kompetenzzentrum.Contracts.Ui;
using Kompetenzzentrum.Modules.Media.Podcasts;
using Kompetenzzentrum.Modules.Media.Publishing;

namespace Kompetenzzentrum.Media.Tests.Decisions;

/// <summary>The episode form's chapter lines: m:ss or h:mm:ss, then the title; a bad line is named, nothing is guessed.</summary>
public sealed class ChapterLinesTests
{
    [Fact]
    public void Given_starts_as_m_ss_and_h_mm_ss_Then_they_become_seconds_and_blank_lines_are_skipped()
    {
        var state = FormState.Empty()
            .With(ChapterLines.Field, "0:00 Begrüßung\n\n 12:30   Fragen aus dem Publikum \n75:05 Nachgefragt\n1:02:03 Ausblick");

        var chapters = ChapterLines.Read(state, GermanTexts.Media);

        Assert.Empty(state.Errors);
        Assert.Equal(
            [new Chapter(0, "Begrüßung"), new Chapter(750, "Fragen aus dem Publikum"), new Chapter(4505, "Nachgefragt"),
                new Chapter(3723, "Ausblick")],
            chapters);
    }

    [Theory]
    [InlineData("Begrüßung", 1)]
    [InlineData("0:00 Begrüßung\n12:3 Fragen", 2)]
    [InlineData("0:00 Begrüßung\n1:60 Fragen", 2)]
    [InlineData("1:75:00 Ausblick", 1)]
    [InlineData("12:30", 1)]
    [InlineData("-1:00 Vorher", 1)]
    public void Given_a_line_without_a_start_and_a_title_Then_that_line_is_named(string text, int line)
    {
        var state = FormState.Empty().With(ChapterLines.Field, text);

        Assert.Null(ChapterLines.Read(state, GermanTexts.Media));
        Assert.StartsWith($"Zeile {line}:", Assert.Single(state.ErrorsOf(ChapterLines.Field)));
    }

    [Fact]
    public void Given_chapters_Then_the_form_shows_them_in_order_and_reads_them_back_alike()
    {
        IReadOnlyList<Chapter> chapters = [new Chapter(4505, "Nachgefragt"), new Chapter(0, "Begrüßung"), new Chapter(750, "Fragen")];

        var text = ChapterLines.Write(chapters);

        Assert.Equal("0:00 Begrüßung\n12:30 Fragen\n75:05 Nachgefragt", text);
        Assert.Equal(chapters.OrderBy(c => c.StartSeconds), ChapterLines.Read(FormState.Empty().With(ChapterLines.Field, text), GermanTexts.Media)!);
    }
}
