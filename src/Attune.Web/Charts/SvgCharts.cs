using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Attune.Web.Charts;

/// <summary>
/// Server-side inline SVG charts for the workspace pages, in the report's house style (HtmlReport): responsive
/// (viewBox, width 100%), role="img" with an aria-label that says in words what the chart shows, &lt;title&gt; tooltips
/// on every mark, every text HTML-encoded.
/// </summary>
public static class SvgCharts
{
    /// <summary>One point of a time series: the period's label, its value (null = no data that period) and how many interactions it covers.</summary>
    public sealed record Point(DateTimeOffset Period, double? Value, long Count);

    /// <summary>One bar of a horizontal bar list.</summary>
    public sealed record Bar(string Label, double Share, string Text, string Tone, string? Href = null, string? Tip = null);

    private static string N(double v, string format = "0.#") => v.ToString(format, CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>
    /// A line over periods with a shaded band per value zone; gaps (no data) lift the pen. Values are clamped to
    /// [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="ticks"/> are the labelled gridlines.
    /// </summary>
    public static IHtmlContent Line(IReadOnlyList<Point> points, double min, double max, IReadOnlyList<double> ticks, string colour, string label, bool weekly, string valueFormat = "0")
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(ticks);
        const double W = 560, H = 220, L = 40, R = 12, T = 12, B = 28;
        var h = new StringBuilder(4096);
        h.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart line\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{E(label)}\">");
        double X(int i) => points.Count <= 1 ? L + ((W - L - R) / 2) : L + (i * (W - L - R) / (points.Count - 1));
        double Y(double v) => T + ((max - Math.Clamp(v, min, max)) / (max - min) * (H - T - B));
        foreach (var t in ticks)
        {
            h.Append(CultureInfo.InvariantCulture, $"<line class=\"{(t == 0 && min < 0 ? "zero" : "grid")}\" x1=\"{L}\" x2=\"{W - R}\" y1=\"{N(Y(t))}\" y2=\"{N(Y(t))}\"/>");
            h.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{L - 6}\" y=\"{N(Y(t) + 4)}\" text-anchor=\"end\">{N(t, min >= 0 ? "0" : "+0;-0;0")}</text>");
        }

        // x labels: about six, at even intervals
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / 6.0));
        for (var i = 0; i < points.Count; i += every)
        {
            h.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{N(X(i))}\" y=\"{H - 8}\" text-anchor=\"middle\">{Day(points[i].Period)}</text>");
        }

        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is not double v)
            {
                pen = false;
                continue;
            }

            path.Append(pen ? 'L' : 'M').Append(N(X(i))).Append(' ').Append(N(Y(v)));
            pen = true;
        }

        h.Append("<path class=\"series\" stroke=\"").Append(colour).Append("\" d=\"").Append(path).Append("\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is double v)
            {
                var tip = $"{(weekly ? "Week of " : "")}{Day(points[i].Period)}: {N(v, valueFormat)} ({points[i].Count} interaction{(points[i].Count == 1 ? "" : "s")})";
                h.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(v))}\" r=\"3.5\" fill=\"{colour}\"><title>{E(tip)}</title></circle>");
            }
        }

        h.Append("</svg>");
        return new HtmlString(h.ToString());
    }

    /// <summary>Interaction volume per period as columns.</summary>
    public static IHtmlContent Columns(IReadOnlyList<Point> points, string label, bool weekly)
    {
        ArgumentNullException.ThrowIfNull(points);
        // wide: the volume chart spans the page, so its text stays the size of the other charts' text
        const double W = 1200, H = 150, L = 40, R = 12, T = 10, B = 26;
        var max = Math.Max(1, points.Count == 0 ? 1 : points.Max(p => p.Count));
        var slot = (W - L - R) / Math.Max(1, points.Count);
        var h = new StringBuilder(4096);
        h.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart columns\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{E(label)}\">");
        double Y(double v) => T + ((1 - (v / max)) * (H - T - B));
        foreach (var t in new[] { 0.0, max / 2.0, max })
        {
            h.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{L}\" x2=\"{W - R}\" y1=\"{N(Y(t))}\" y2=\"{N(Y(t))}\"/><text class=\"axis\" x=\"{L - 6}\" y=\"{N(Y(t) + 4)}\" text-anchor=\"end\">{N(t, "0")}</text>");
        }

        var every = Math.Max(1, (int)Math.Ceiling(points.Count / 6.0));
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var x = L + (i * slot) + (slot * 0.15);
            if (p.Count > 0)
            {
                h.Append(CultureInfo.InvariantCulture, $"<rect class=\"col\" x=\"{N(x)}\" y=\"{N(Y(p.Count))}\" width=\"{N(Math.Max(1, slot * 0.7))}\" height=\"{N(H - B - Y(p.Count))}\" rx=\"2\"><title>{E($"{(weekly ? "Week of " : "")}{Day(p.Period)}: {p.Count} interaction{(p.Count == 1 ? "" : "s")}")}</title></rect>");
            }

            if (i % every == 0)
            {
                h.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{N(x + (slot * 0.35))}\" y=\"{H - 8}\" text-anchor=\"middle\">{Day(p.Period)}</text>");
            }
        }

        h.Append("</svg>");
        return new HtmlString(h.ToString());
    }

    /// <summary>Horizontal bars (0..1 shares) with a label on the left and the figure on the right; a bar may link somewhere.</summary>
    public static IHtmlContent Bars(IReadOnlyList<Bar> bars, string label)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const double W = 640, L = 190, R = 120, RowH = 26;
        var H = Math.Max(1, bars.Count) * RowH + 6;
        var h = new StringBuilder(4096);
        h.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart bars\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{E(label)}\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = 3 + (i * RowH);
            var width = Math.Max(1.5, Math.Clamp(b.Share, 0, 1) * (W - L - R));
            if (b.Href is not null)
            {
                h.Append("<a href=\"").Append(E(b.Href)).Append("\">");
            }

            h.Append(CultureInfo.InvariantCulture, $"<text class=\"barname\" x=\"{L - 8}\" y=\"{N(y + 17)}\" text-anchor=\"end\">{E(b.Label)}</text>");
            h.Append(CultureInfo.InvariantCulture, $"<rect class=\"track\" x=\"{L}\" y=\"{N(y + 5)}\" width=\"{W - L - R}\" height=\"16\" rx=\"3\"/>");
            h.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {b.Tone}\" x=\"{L}\" y=\"{N(y + 5)}\" width=\"{N(width)}\" height=\"16\" rx=\"3\"><title>{E(Title(b))}</title></rect>");
            h.Append(CultureInfo.InvariantCulture, $"<text class=\"barval\" x=\"{W - R + 8}\" y=\"{N(y + 17)}\">{E(b.Text)}</text>");
            if (b.Href is not null)
            {
                h.Append("</a>");
            }
        }

        h.Append("</svg>");
        return new HtmlString(h.ToString());
    }

    private static string Title(Bar b) => b.Tip is null ? $"{b.Label}: {b.Text}"
        : b.Tip.StartsWith(b.Label, StringComparison.Ordinal) ? b.Tip : $"{b.Label}: {b.Tip}";

    private static string Day(DateTimeOffset d) => d.ToString("d MMM", CultureInfo.InvariantCulture);
}
