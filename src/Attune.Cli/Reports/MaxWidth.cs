using Spectre.Console;
using Spectre.Console.Rendering;

namespace Attune.Cli.Reports;

/// <summary>
/// Renders its content no wider than a limit: full-width widgets (rules) would otherwise fill a
/// console that reports an unbounded width (redirected output, test consoles).
/// </summary>
internal sealed class MaxWidth(IRenderable inner, int width) : Renderable
{
    protected override Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, Math.Min(maxWidth, width));

    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => inner.Render(options, Math.Min(maxWidth, width));
}
