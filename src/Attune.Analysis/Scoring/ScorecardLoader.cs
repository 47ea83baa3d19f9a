using System.Globalization;
using System.Text.RegularExpressions;
using Attune.Analysis.Conversations;
using Attune.Analysis.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Attune.Analysis.Scoring;

/// <summary>
/// Reads a YAML scorecard (format: docs/scorecards.md) and checks it completely: unknown keys,
/// unknown rule kinds, unknown signal ids, weights ≤ 0, duplicate ids and YAML syntax errors are
/// all reported with the key path (<c>criteria[2].weight: must be &gt; 0</c>) and line, as a
/// value, never as an exception.
/// </summary>
public static partial class ScorecardLoader
{
    /// <summary>Name of the embedded "Empathy essentials" resource.</summary>
    internal const string DefaultResource = "Attune.Analysis.Resources.Scorecards.empathy-essentials.yaml";

    public static ScorecardLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ScorecardLoadResult.Fail([new ScorecardError("(file)", $"cannot read {path}: {ex.Message}")]);
        }

        return Load(text);
    }

    public static ScorecardLoadResult Load(string yaml)
    {
        var document = SettingsYaml.Read(yaml, "the scorecard is empty; expected a mapping with name and criteria");
        if (document.Root is null)
        {
            return ScorecardLoadResult.Fail([new ScorecardError(document.ErrorPath!, document.Error!, document.ErrorLine)]);
        }

        var parser = new Parser();
        var card = parser.Card(document.Root);
        return parser.Errors.Count == 0 && card is not null ? ScorecardLoadResult.Ok(card) : ScorecardLoadResult.Fail(parser.Errors);
    }

    internal static Scorecard LoadDefault()
    {
        using var s = typeof(ScorecardLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"embedded scorecard {DefaultResource} is missing from the build");
        using var reader = new StreamReader(s);
        var result = Load(reader.ReadToEnd());
        return result.Success
            ? result.Value
            : throw new InvalidOperationException("the built-in scorecard is invalid: " + string.Join("; ", result.Errors));
    }

    /// <summary>The embedded default scorecard as YAML text (for `attune` to print or write out).</summary>
    public static string DefaultYaml()
    {
        using var s = typeof(ScorecardLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"embedded scorecard {DefaultResource} is missing from the build");
        using var reader = new StreamReader(s);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>Walks the YAML tree, collecting every error rather than stopping at the first.</summary>
    private sealed class Parser
    {
        private static readonly string[] CardKeys = ["name", "description", "version", "criteria"];
        private static readonly string[] CriterionKeys = ["id", "name", "description", "weight", "pass_mark", "rule", "na_when", "auto_fail"];
        private static readonly string[] NaKeys = ["no_opportunity", "none_of", "channel", "no_times"];
        private static readonly string[] AutoFailKeys = ["signals", "at_least", "reason"];
        private static readonly Dictionary<string, string[]> RuleKeys = new(StringComparer.Ordinal)
        {
            ["ratio"] = ["kind", "signal", "signals", "credit"],
            ["presence"] = ["kind", "signals", "at_least"],
            ["absence"] = ["kind", "signals", "tolerance", "penalty"],
            ["balance"] = ["kind", "positive", "negative", "target"],
        };

        public List<ScorecardError> Errors { get; } = [];

        private void Error(string path, string message, YamlNode? node) =>
            Errors.Add(new ScorecardError(path, message, node is null ? null : (int)node.Start.Line));

        public Scorecard? Card(YamlNode root)
        {
            var map = Mapping(root, "(root)", CardKeys);
            if (map is null)
            {
                return null;
            }

            var name = RequiredString(map, "name", "name", root);
            var description = OptionalString(map, "description", "description");
            if (map.TryGetValue("version", out var version))
            {
                _ = Integer(version, "version", 1, int.MaxValue);
            }

            var criteria = new List<ScorecardCriterion>();
            if (!map.TryGetValue("criteria", out var list))
            {
                Error("criteria", "is required (a list of criteria)", root);
            }
            else if (list is not YamlSequenceNode seq)
            {
                Error("criteria", "must be a list of criteria", list);
            }
            else if (seq.Children.Count == 0)
            {
                Error("criteria", "must contain at least one criterion", list);
            }
            else
            {
                var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    var path = $"criteria[{i}]";
                    var c = Criterion(seq.Children[i], path);
                    if (c is null)
                    {
                        continue;
                    }

                    if (ids.TryGetValue(c.Id, out var first))
                    {
                        Error($"{path}.id", $"duplicate id '{c.Id}' (already used by criteria[{first}])", seq.Children[i]);
                    }
                    else
                    {
                        ids[c.Id] = i;
                    }

                    criteria.Add(c);
                }
            }

            return name is null || Errors.Count > 0 ? null : new Scorecard { Name = name, Description = description, Criteria = criteria };
        }

        private ScorecardCriterion? Criterion(YamlNode node, string path)
        {
            var map = Mapping(node, path, CriterionKeys);
            if (map is null)
            {
                return null;
            }

            var before = Errors.Count;
            var id = RequiredString(map, "id", $"{path}.id", node);
            if (id is not null && !IdPattern().IsMatch(id))
            {
                Error($"{path}.id", $"'{id}' is not a valid id (lower-case letters, digits and underscores, starting with a letter)", map["id"]);
            }

            var name = OptionalString(map, "name", $"{path}.name") ?? id;
            var description = OptionalString(map, "description", $"{path}.description");
            double weight = 1;
            if (map.TryGetValue("weight", out var w) && Number(w, $"{path}.weight") is double wv)
            {
                if (wv <= 0)
                {
                    Error($"{path}.weight", "must be > 0", w);
                }

                weight = wv;
            }

            double passMark = 0.7;
            if (map.TryGetValue("pass_mark", out var pm) && Number(pm, $"{path}.pass_mark") is double pmv)
            {
                if (pmv is < 0 or > 1)
                {
                    Error($"{path}.pass_mark", "must be between 0 and 1", pm);
                }

                passMark = pmv;
            }

            ScoringRule? rule = null;
            if (!map.TryGetValue("rule", out var ruleNode))
            {
                Error($"{path}.rule", "is required (kind: ratio, presence, absence or balance)", node);
            }
            else
            {
                rule = Rule(ruleNode, $"{path}.rule");
            }

            var na = NotApplicableWhen.Never;
            if (map.TryGetValue("na_when", out var naNode))
            {
                na = NaWhen(naNode, $"{path}.na_when", rule) ?? na;
            }

            AutoFail? autoFail = null;
            if (map.TryGetValue("auto_fail", out var afNode))
            {
                autoFail = AutoFailRule(afNode, $"{path}.auto_fail");
            }

            if (Errors.Count > before || id is null || rule is null)
            {
                return null;
            }

            return new ScorecardCriterion
            {
                Id = id,
                Name = name ?? id,
                Description = description,
                Weight = weight,
                PassMark = passMark,
                Rule = rule,
                NotApplicableWhen = na,
                AutoFail = autoFail,
            };
        }

        private ScoringRule? Rule(YamlNode node, string path)
        {
            if (node is not YamlMappingNode raw)
            {
                Error(path, "must be a mapping with a kind (ratio, presence, absence or balance)", node);
                return null;
            }

            if (!raw.Children.TryGetValue(new YamlScalarNode("kind"), out var kindNode))
            {
                Error($"{path}.kind", "is required (ratio, presence, absence or balance)", node);
                return null;
            }

            var kind = Scalar(kindNode, $"{path}.kind");
            if (kind is null)
            {
                return null;
            }

            if (!RuleKeys.TryGetValue(kind, out var keys))
            {
                Error($"{path}.kind", $"unknown rule kind '{kind}' (expected one of: {string.Join(", ", RuleKeys.Keys)})", kindNode);
                return null;
            }

            var map = Mapping(node, path, keys);
            if (map is null)
            {
                return null;
            }

            var before = Errors.Count;
            ScoringRule? rule = null;
            switch (kind)
            {
                case "ratio":
                {
                    IReadOnlyList<SignalSelector>? signals = null;
                    if (map.TryGetValue("signal", out var one) && map.ContainsKey("signals"))
                    {
                        Error($"{path}.signal", "give either signal or signals, not both", one);
                    }
                    else if (one is not null)
                    {
                        var s = Scalar(one, $"{path}.signal");
                        signals = s is null ? null : Selector(s, $"{path}.signal", one) is { } sel ? [sel] : null;
                    }
                    else
                    {
                        signals = RequiredSelectors(map, "signals", path, node);
                    }

                    Dictionary<string, double>? credit = null;
                    if (map.TryGetValue("credit", out var creditNode))
                    {
                        credit = Credit(creditNode, $"{path}.credit");
                    }

                    if (signals is not null)
                    {
                        rule = new RatioRule(signals, credit);
                    }

                    break;
                }

                case "presence":
                {
                    var signals = RequiredSelectors(map, "signals", path, node);
                    var atLeast = map.TryGetValue("at_least", out var al) ? Integer(al, $"{path}.at_least", 1, 1000) ?? 1 : 1;
                    rule = signals is null ? null : new PresenceRule(signals, atLeast);
                    break;
                }

                case "absence":
                {
                    var signals = RequiredSelectors(map, "signals", path, node);
                    var tolerance = map.TryGetValue("tolerance", out var t) ? Integer(t, $"{path}.tolerance", 0, 1000) ?? 0 : 0;
                    var penalty = 0.25;
                    if (map.TryGetValue("penalty", out var p) && Number(p, $"{path}.penalty") is double pv)
                    {
                        if (pv is <= 0 or > 1)
                        {
                            Error($"{path}.penalty", "must be > 0 and ≤ 1 (score taken off per occurrence over the tolerance)", p);
                        }

                        penalty = pv;
                    }

                    rule = signals is null ? null : new AbsenceRule(signals, tolerance, penalty);
                    break;
                }

                case "balance":
                {
                    var positive = RequiredSelectors(map, "positive", path, node);
                    var negative = RequiredSelectors(map, "negative", path, node);
                    var target = 1.0;
                    if (map.TryGetValue("target", out var t) && Number(t, $"{path}.target") is double tv)
                    {
                        if (tv is <= 0 or > 1)
                        {
                            Error($"{path}.target", "must be > 0 and ≤ 1 (share of positives that earns full marks)", t);
                        }

                        target = tv;
                    }

                    rule = positive is null || negative is null ? null : new BalanceRule(positive, negative, target);
                    break;
                }
            }

            return Errors.Count > before ? null : rule;
        }

        private Dictionary<string, double>? Credit(YamlNode node, string path)
        {
            if (node is not YamlMappingNode map || map.Children.Count == 0)
            {
                Error(path, "must be a mapping of label to credit 0..1 (e.g. given: 1, late: 0.5, missed: 0)", node);
                return null;
            }

            var credit = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var label = SignalSelector.NormaliseLabel((k as YamlScalarNode)?.Value);
                if (string.IsNullOrEmpty(label))
                {
                    Error(path, "labels must be plain text", k);
                    continue;
                }

                if (Number(v, $"{path}.{label}") is double c)
                {
                    if (c is < 0 or > 1)
                    {
                        Error($"{path}.{label}", "must be between 0 and 1", v);
                    }

                    credit[label] = c;
                }
            }

            return credit;
        }

        private NotApplicableWhen? NaWhen(YamlNode node, string path, ScoringRule? rule)
        {
            if (node is YamlScalarNode s)
            {
                switch (s.Value)
                {
                    case "never":
                        return NotApplicableWhen.Never;
                    case "no_opportunity":
                        if (rule is not null && !rule.CanLackOpportunity)
                        {
                            Error(path, $"no_opportunity does not apply to a {rule.Kind} rule, which always has an opportunity (use none_of, channel or no_times)", node);
                        }

                        return new NotApplicableWhen { NoOpportunity = true };
                    default:
                        Error(path, $"unknown value '{s.Value}' (expected no_opportunity, never, or a mapping with {string.Join(", ", NaKeys)})", node);
                        return null;
                }
            }

            var map = Mapping(node, path, NaKeys);
            if (map is null)
            {
                return null;
            }

            var noOpportunity = map.TryGetValue("no_opportunity", out var no) && Bool(no, $"{path}.no_opportunity") == true;
            if (noOpportunity && rule is not null && !rule.CanLackOpportunity)
            {
                Error($"{path}.no_opportunity", $"does not apply to a {rule.Kind} rule, which always has an opportunity (use none_of, channel or no_times)", no);
            }

            var noneOf = map.TryGetValue("none_of", out var n) ? Selectors(n, $"{path}.none_of") ?? [] : [];
            var channels = new List<Channel>();
            if (map.TryGetValue("channel", out var ch))
            {
                foreach (var (text, item, itemPath) in ScalarList(ch, $"{path}.channel"))
                {
                    if (Enum.TryParse<Channel>(text, ignoreCase: true, out var c) && !int.TryParse(text, out _))
                    {
                        channels.Add(c);
                    }
                    else
                    {
                        Error(itemPath, $"unknown channel '{text}' (expected voice, chat or email)", item);
                    }
                }
            }

            var noTimes = map.TryGetValue("no_times", out var nt) && Bool(nt, $"{path}.no_times") == true;
            return new NotApplicableWhen { NoOpportunity = noOpportunity, NoneOf = noneOf, Channels = channels, NoTimes = noTimes };
        }

        private AutoFail? AutoFailRule(YamlNode node, string path)
        {
            var map = Mapping(node, path, AutoFailKeys);
            if (map is null)
            {
                return null;
            }

            var signals = RequiredSelectors(map, "signals", path, node);
            var atLeast = map.TryGetValue("at_least", out var al) ? Integer(al, $"{path}.at_least", 1, 1000) ?? 1 : 1;
            var reason = OptionalString(map, "reason", $"{path}.reason");
            return signals is null ? null : new AutoFail(signals, atLeast, reason);
        }

        // ---- building blocks ----

        private Dictionary<string, YamlNode>? Mapping(YamlNode node, string path, string[] allowed)
        {
            if (node is not YamlMappingNode map)
            {
                Error(path, $"must be a mapping with keys {string.Join(", ", allowed)}", node);
                return null;
            }

            var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var key = (k as YamlScalarNode)?.Value ?? "";
                var keyPath = path == "(root)" ? key : $"{path}.{key}";
                if (Array.IndexOf(allowed, key) < 0)
                {
                    Error(keyPath, $"unknown key (expected one of: {string.Join(", ", allowed)})", k);
                    continue;
                }

                result[key] = v;
            }

            return result;
        }

        private string? Scalar(YamlNode node, string path)
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } v })
            {
                return v;
            }

            Error(path, node is YamlScalarNode ? "must not be empty" : "must be a single value", node);
            return null;
        }

        private string? RequiredString(Dictionary<string, YamlNode> map, string key, string path, YamlNode parent)
        {
            if (!map.TryGetValue(key, out var node))
            {
                Error(path, "is required", parent);
                return null;
            }

            return Scalar(node, path);
        }

        private string? OptionalString(Dictionary<string, YamlNode> map, string key, string path) =>
            map.TryGetValue(key, out var node) ? Scalar(node, path) : null;

        private double? Number(YamlNode node, string path)
        {
            var s = Scalar(node, path);
            if (s is null)
            {
                return null;
            }

            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
            {
                return v;
            }

            Error(path, $"'{s}' is not a number", node);
            return null;
        }

        private int? Integer(YamlNode node, string path, int min, int max)
        {
            var s = Scalar(node, path);
            if (s is null)
            {
                return null;
            }

            if (!int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            {
                Error(path, $"'{s}' is not a whole number", node);
                return null;
            }

            if (v < min || v > max)
            {
                Error(path, max == int.MaxValue || max == 1000 ? $"must be ≥ {min}" : $"must be between {min} and {max}", node);
                return null;
            }

            return v;
        }

        private bool? Bool(YamlNode node, string path)
        {
            var s = Scalar(node, path);
            switch (s)
            {
                case null:
                    return null;
                case "true" or "yes":
                    return true;
                case "false" or "no":
                    return false;
                default:
                    Error(path, $"'{s}' is not true or false", node);
                    return null;
            }
        }

        private IEnumerable<(string Text, YamlNode Node, string Path)> ScalarList(YamlNode node, string path)
        {
            if (node is YamlScalarNode single)
            {
                if (Scalar(single, path) is { } v)
                {
                    yield return (v, single, path);
                }

                yield break;
            }

            if (node is not YamlSequenceNode seq)
            {
                Error(path, "must be a list", node);
                yield break;
            }

            for (var i = 0; i < seq.Children.Count; i++)
            {
                if (Scalar(seq.Children[i], $"{path}[{i}]") is { } v)
                {
                    yield return (v, seq.Children[i], $"{path}[{i}]");
                }
            }
        }

        private List<SignalSelector>? RequiredSelectors(Dictionary<string, YamlNode> map, string key, string path, YamlNode parent)
        {
            if (!map.TryGetValue(key, out var node))
            {
                Error($"{path}.{key}", "is required (a list of signal ids)", parent);
                return null;
            }

            return Selectors(node, $"{path}.{key}");
        }

        private List<SignalSelector>? Selectors(YamlNode node, string path)
        {
            var before = Errors.Count;
            var list = new List<SignalSelector>();
            foreach (var (text, item, itemPath) in ScalarList(node, path))
            {
                if (Selector(text, itemPath, item) is { } s)
                {
                    list.Add(s);
                }
            }

            if (Errors.Count == before && list.Count == 0)
            {
                Error(path, "must name at least one signal", node);
            }

            return Errors.Count > before ? null : list;
        }

        private SignalSelector? Selector(string text, string path, YamlNode node)
        {
            var s = SignalSelector.TryParse(text, out var error);
            if (s is null)
            {
                Error(path, error ?? "invalid signal", node);
            }

            return s;
        }
    }
}
