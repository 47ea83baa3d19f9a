using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Attune.Analysis.Findings;
using Attune.Analysis.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attune.Web.Live.Alerts;

/// <summary>
/// The alert rules for live interactions, read from YAML (the format is documented at the top of the embedded
/// default-alert-rules.yaml). Loading checks everything and reports every problem with its key path, its line and
/// what was expected (<c>line 7: rules[0].severity: unknown severity 'high' (expected info, warning or critical)</c>),
/// as a value, never as an exception.
/// </summary>
public sealed partial class AlertRuleSet
{
    private const string DefaultResource = "Attune.Web.Live.Alerts.default-alert-rules.yaml";

    private static readonly Lazy<string> DefaultText = new(ReadDefault);
    private static readonly Lazy<AlertRuleSet> DefaultSet = new(() => Load(DefaultText.Value) is { Value: { } v } ? v
        : throw new InvalidOperationException("The built-in alert rules are invalid."));

    private static readonly HashSet<string> KnownSignals = typeof(Signals)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public AlertRuleSet(IReadOnlyList<AlertRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
    }

    public IReadOnlyList<AlertRule> Rules { get; }

    /// <summary>The rules shipped with Attune (embedded default-alert-rules.yaml).</summary>
    public static AlertRuleSet Default => DefaultSet.Value;

    /// <summary>The shipped rules as YAML text (the settings page starts from it).</summary>
    public static string DefaultYaml => DefaultText.Value;

    public static AlertRuleSetLoadResult Load(string yaml)
    {
        var document = SettingsYaml.Read(yaml, "the text is empty; expected a mapping with a list 'rules'");
        if (document.Root is null)
        {
            return AlertRuleSetLoadResult.Fail([new AlertRuleError(document.ErrorPath!, document.Error!, document.ErrorLine)]);
        }

        var parser = new Parser();
        var rules = parser.Root(document.Root);
        return parser.Errors.Count == 0 && rules is not null
            ? AlertRuleSetLoadResult.Ok(new AlertRuleSet(rules))
            : AlertRuleSetLoadResult.Fail(parser.Errors);
    }

    private static string ReadDefault()
    {
        using var s = typeof(AlertRuleSet).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded alert rules {DefaultResource} are missing from the build.");
        using var reader = new StreamReader(s);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>Walks the YAML tree collecting every error rather than stopping at the first.</summary>
    private sealed class Parser
    {
        private static readonly string[] RootKeys = ["rules"];
        private static readonly string[] Common = ["id", "name", "severity", "kind"];
        private static readonly Dictionary<string, string[]> KindKeys = new(StringComparer.Ordinal)
        {
            ["emotion"] = [.. Common, "intensity", "seconds"],
            ["signal"] = [.. Common, "signal", "label", "count", "within_seconds"],
            ["silence"] = [.. Common, "seconds"],
        };

        public List<AlertRuleError> Errors { get; } = [];

        private void Error(string path, string message, YamlNode? node) =>
            Errors.Add(new AlertRuleError(path, message, node is null ? null : (int)node.Start.Line));

        public List<AlertRule>? Root(YamlNode root)
        {
            var map = Mapping(root, "(root)", RootKeys, "a mapping with a list 'rules'");
            if (map is null)
            {
                return null;
            }

            if (!map.TryGetValue("rules", out var list))
            {
                Error("rules", "is required (a list of rules; an empty list [] turns alerts off)", root);
                return null;
            }

            if (list is YamlScalarNode { Value: null or "" } )
            {
                return [];
            }

            if (list is not YamlSequenceNode seq)
            {
                Error("rules", "must be a list of rules (each starting with '- id: ...')", list);
                return null;
            }

            var rules = new List<AlertRule>();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < seq.Children.Count; i++)
            {
                var path = $"rules[{i}]";
                var rule = Rule(seq.Children[i], path);
                if (rule is null)
                {
                    continue;
                }

                if (ids.TryGetValue(rule.Id, out var first))
                {
                    Error($"{path}.id", $"duplicate id '{rule.Id}' (already used by rules[{first}]); expected a unique id", seq.Children[i]);
                    continue;
                }

                ids[rule.Id] = i;
                rules.Add(rule);
            }

            return rules;
        }

        private AlertRule? Rule(YamlNode node, string path)
        {
            if (node is not YamlMappingNode raw)
            {
                Error(path, "expected a mapping with id, name, severity and kind", node);
                return null;
            }

            string? kind = null;
            if (!raw.Children.TryGetValue(new YamlScalarNode("kind"), out var kindNode))
            {
                Error($"{path}.kind", "is required (expected emotion, signal or silence)", node);
            }
            else if ((kind = Scalar(kindNode, $"{path}.kind")) is not null && !KindKeys.ContainsKey(kind))
            {
                Error($"{path}.kind", $"unknown kind '{kind}' (expected emotion, signal or silence)", kindNode);
                kind = null;
            }

            var map = Mapping(node, path, kind is null ? [.. KindKeys.Values.SelectMany(k => k).Distinct()] : KindKeys[kind], "a rule");
            if (map is null)
            {
                return null;
            }

            var before = Errors.Count;
            var id = RequiredString(map, "id", $"{path}.id", node, "an id such as customer-distress");
            if (id is not null && !IdPattern().IsMatch(id))
            {
                Error($"{path}.id", $"'{id}' is not a valid id (expected lower-case letters, digits, '_' and '-', starting with a letter)", map["id"]);
            }

            var name = map.ContainsKey("name") ? RequiredString(map, "name", $"{path}.name", node, "the name a supervisor reads") : id;
            var severity = AlertSeverity.Warning;
            if (map.TryGetValue("severity", out var sevNode) && Scalar(sevNode, $"{path}.severity") is { } sev)
            {
                switch (sev)
                {
                    case "info":
                        severity = AlertSeverity.Info;
                        break;
                    case "warning":
                        severity = AlertSeverity.Warning;
                        break;
                    case "critical":
                        severity = AlertSeverity.Critical;
                        break;
                    default:
                        Error($"{path}.severity", $"unknown severity '{sev}' (expected info, warning or critical)", sevNode);
                        break;
                }
            }

            AlertRule? rule = null;
            switch (kind)
            {
                case "emotion":
                {
                    var intensity = RequiredNumber(map, "intensity", path, node, 0, 1, "a number from 0 to 1 (the customer's negative emotion intensity)");
                    var seconds = OptionalNumber(map, "seconds", path, 0, 86_400, "a number of seconds ≥ 0 (0 = as soon as it is seen)") ?? 0;
                    if (intensity is { } x)
                    {
                        rule = new AlertRule(id ?? "", name ?? "", severity, AlertRuleKind.Emotion, Intensity: x, Seconds: seconds);
                    }

                    break;
                }

                case "signal":
                {
                    var signal = RequiredString(map, "signal", $"{path}.signal", node, "a signal id such as listening.interruption");
                    if (signal is not null && !KnownSignals.Contains(signal))
                    {
                        Error($"{path}.signal", $"unknown signal id '{signal}' (expected one of BEHAVIOURS.md, e.g. listening.interruption, apology.non_apology)", map["signal"]);
                    }

                    var label = map.ContainsKey("label") ? RequiredString(map, "label", $"{path}.label", node, "a finding label such as missed") : null;
                    var count = OptionalNumber(map, "count", path, 1, 10_000, "a whole number ≥ 1") ?? 1;
                    if (count != Math.Floor(count))
                    {
                        Error($"{path}.count", $"{count.ToString(CultureInfo.InvariantCulture)} is not a whole number (expected a whole number ≥ 1)", map["count"]);
                    }

                    var within = OptionalNumber(map, "within_seconds", path, 1, 86_400, "a number of seconds ≥ 1");
                    if (signal is not null)
                    {
                        rule = new AlertRule(id ?? "", name ?? "", severity, AlertRuleKind.Signal, Signal: signal, Label: label, Count: (int)count, WithinSeconds: within);
                    }

                    break;
                }

                case "silence":
                {
                    var seconds = RequiredNumber(map, "seconds", path, node, 1, 86_400, "a number of seconds ≥ 1");
                    if (seconds is { } s)
                    {
                        rule = new AlertRule(id ?? "", name ?? "", severity, AlertRuleKind.Silence, Seconds: s);
                    }

                    break;
                }
            }

            return Errors.Count > before || id is null || name is null ? null : rule;
        }

        private Dictionary<string, YamlNode>? Mapping(YamlNode node, string path, string[] allowed, string expected)
        {
            if (node is not YamlMappingNode m)
            {
                Error(path, $"expected {expected} (key: value lines)", node);
                return null;
            }

            var map = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (k, v) in m.Children)
            {
                var key = (k as YamlScalarNode)?.Value;
                if (key is null)
                {
                    Error(path, "keys must be plain words", k);
                    continue;
                }

                if (Array.IndexOf(allowed, key) < 0)
                {
                    Error($"{path}.{key}", $"unknown key (expected one of: {string.Join(", ", allowed)})", k);
                    continue;
                }

                map[key] = v;
            }

            return map;
        }

        private string? Scalar(YamlNode node, string path)
        {
            if (node is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
            {
                return v.Trim();
            }

            Error(path, "expected a single value", node);
            return null;
        }

        private string? RequiredString(Dictionary<string, YamlNode> map, string key, string path, YamlNode parent, string expected)
        {
            if (!map.TryGetValue(key, out var node))
            {
                Error(path, $"is required (expected {expected})", parent);
                return null;
            }

            return Scalar(node, path);
        }

        private double? RequiredNumber(Dictionary<string, YamlNode> map, string key, string path, YamlNode parent, double min, double max, string expected)
        {
            if (!map.ContainsKey(key))
            {
                Error($"{path}.{key}", $"is required (expected {expected})", parent);
                return null;
            }

            return OptionalNumber(map, key, path, min, max, expected);
        }

        private double? OptionalNumber(Dictionary<string, YamlNode> map, string key, string path, double min, double max, string expected)
        {
            if (!map.TryGetValue(key, out var node))
            {
                return null;
            }

            var text = Scalar(node, $"{path}.{key}");
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Error($"{path}.{key}", $"'{text}' is not a number (expected {expected})", node);
                return null;
            }

            if (value < min || value > max)
            {
                Error($"{path}.{key}", $"{text} is out of range (expected {expected})", node);
                return null;
            }

            return value;
        }
    }
}
