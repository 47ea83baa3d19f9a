using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attune.Analysis.Yaml;

/// <summary>
/// One YAML document read for a settings file (scorecards, alert rules): its root node, or the one error that stops
/// reading it (syntax, empty, several documents) with the line it is on. What the root must contain is the caller's
/// business; this keeps the reading and its error wording in one place.
/// </summary>
/// <param name="Root">The document's root node; null when <see cref="Error"/> is set.</param>
/// <param name="ErrorPath">Where the error is: "(yaml)" for a syntax error, "(root)" otherwise.</param>
public sealed record SettingsYaml(YamlNode? Root, string? ErrorPath = null, string? Error = null, int? ErrorLine = null)
{
    /// <summary>Reads exactly one document from <paramref name="yaml"/>; <paramref name="emptyMessage"/> says what an empty text should have held.</summary>
    public static SettingsYaml Read(string yaml, string emptyMessage)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // YamlDotNet's messages start with "(Line: l, Col: c, Idx: i) - (…): "; keep the reason only.
            var message = ex.InnerException?.Message ?? ex.Message;
            var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
            message = cut >= 0 ? message[(cut + 3)..] : message;
            return new SettingsYaml(null, "(yaml)", $"syntax error at column {ex.Start.Column}: {message}", (int)ex.Start.Line);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unterminated flow collections, e.g.
            // "items: [1, 2" followed by more keys; the position is lost, so say what usually causes it.
            return new SettingsYaml(null, "(yaml)", "syntax error: the text could not be read as YAML (an unclosed [ or { or quote?)");
        }

        return stream.Documents.Count switch
        {
            0 => new SettingsYaml(null, "(root)", emptyMessage),
            > 1 => new SettingsYaml(null, "(root)", "expected one YAML document, found several", (int)stream.Documents[1].RootNode.Start.Line),
            _ => new SettingsYaml(stream.Documents[0].RootNode),
        };
    }
}
