using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Attune.Cli.Loadtest;

/// <summary>
/// A reading of <c>GET /api/live/stats</c> (LIVE-CONTRACT.md, LiveStats): every numeric field, flattened to its name
/// (nested objects as <c>outer.inner</c>). Figures are looked up by name, so the reader does not break when the server
/// adds fields; an absent figure is null and reported as not available.
/// </summary>
public sealed class ServerStats(IReadOnlyDictionary<string, double> values)
{
    public IReadOnlyDictionary<string, double> Values { get; } = values;

    /// <summary>The first of <paramref name="names"/> present, matched case-insensitively on the full or last dotted segment.</summary>
    public double? Get(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            foreach (var (key, value) in Values)
            {
                var last = key[(key.LastIndexOf('.') + 1)..];
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) || string.Equals(last, name, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }
        }

        return null;
    }

    public double? UiEventsDropped => Get("uiEventsDropped", "eventsDropped");

    public double? EventsPublished => Get("eventsPublished");

    public double? FramesReceived => Get("audioFramesReceived", "framesReceived");

    public double? FramesMissing => Get("audioFramesMissing", "framesMissing");

    public double? FramesLate => Get("audioFramesLate", "framesLate");

    public double? ProtocolErrors => Get("protocolErrors");

    public double? CpuSeconds => Get("processCpuSeconds", "cpuSeconds");

    /// <summary>Reads the stats; null when the endpoint is absent (404) or fails (the report says "n/a").</summary>
    public static async Task<ServerStats?> ReadAsync(HttpClient http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            using var response = await http.GetAsync(new Uri("api/live/stats", UriKind.Relative), ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var json = await response.Content.ReadFromJsonAsync<JsonElement>(ct).ConfigureAwait(false);
            return Parse(json);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException)
        {
            return null;
        }
    }

    public static ServerStats Parse(JsonElement json)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        Flatten(json, "", values);
        return new ServerStats(values);
    }

    private static void Flatten(JsonElement e, string prefix, Dictionary<string, double> into)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Flatten(p.Value, prefix.Length == 0 ? p.Name : prefix + "." + p.Name, into);
                }

                break;
            case JsonValueKind.Number when e.TryGetDouble(out var d):
                into[prefix] = d;
                break;
            case JsonValueKind.String when double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s):
                into[prefix] = s;
                break;
            default:
                break;
        }
    }
}
