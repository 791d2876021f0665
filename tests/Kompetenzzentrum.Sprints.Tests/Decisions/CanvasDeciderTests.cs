using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Sprints.Canvas;

namespace Kompetenzzentrum.Sprints.Tests.Decisions;

public sealed class CanvasDeciderTests
{
    private static readonly CanvasSaved Saved = new(Guid.NewGuid(), Given.Id, CanvasKinds.AsIs, CanvasBlocks.Empty with { Channels = ["Katalog"] },
        null, Given.Now);

    [Fact]
    public void Given_no_canvas_When_the_first_save_names_no_version_Then_it_is_saved()
    {
        var decision = CanvasDecider.Save(new CanvasSaveState(false, null), null, Saved);

        Assert.Equal([Saved], decision.Events);
    }

    [Fact]
    public void Given_a_canvas_at_version_2_When_a_save_names_version_2_Then_it_is_saved()
    {
        Assert.Equal([Saved], CanvasDecider.Save(new CanvasSaveState(false, 2), 2, Saved).Events);
    }

    [Fact]
    public void Given_a_canvas_When_a_save_names_no_version_Then_a_version_is_required()
    {
        var refused = CanvasDecider.Save(new CanvasSaveState(false, 2), null, Saved).Refused;

        Assert.Equal(RefusalKind.Stale, refused?.Kind);
        Assert.Equal(CanvasDecider.VersionRequired, refused?.Code);
    }

    [Fact]
    public void Given_a_canvas_at_version_2_When_a_save_names_version_1_Then_it_is_stale_and_names_version_2()
    {
        var refused = CanvasDecider.Save(new CanvasSaveState(false, 2), 1, Saved).Refused;

        Assert.Equal(CanvasDecider.Stale, refused?.Code);
        Assert.Equal(2L, refused?.Args["version"]);
    }

    [Fact]
    public void Given_no_canvas_When_a_save_names_a_version_Then_it_is_stale()
    {
        Assert.Equal(CanvasDecider.Stale, CanvasDecider.Save(new CanvasSaveState(false, null), 1, Saved).Refused?.Code);
    }

    [Fact]
    public void Given_a_finished_sprint_When_a_canvas_is_saved_Then_it_is_a_conflict()
    {
        var refused = CanvasDecider.Save(new CanvasSaveState(true, 2), 2, Saved).Refused;

        Assert.Equal(RefusalKind.Conflict, refused?.Kind);
        Assert.Equal("sprints.canvas-finished", refused?.Code);
    }

    [Fact]
    public void Blocks_over_the_limits_name_each_block_with_its_reason()
    {
        var blocks = CanvasBlocks.Empty with { Channels = [.. Enumerable.Repeat("Messe", CanvasBlocks.MaxItems + 1)], CostStructure = [" "] };

        var errors = CanvasBlocks.Check(blocks);

        Assert.Contains(errors, e => e is { Field: "blocks.channels", Code: "sprints.canvas-notes-max" });
        Assert.Contains(errors, e => e is { Field: "blocks.costStructure", Code: "sprints.canvas-note-length" });
        Assert.Equal("sprints.canvas-blocks-required", Assert.Single(CanvasBlocks.Check(null)).Code);
    }
}
