using System.Globalization;
using System.Text;

namespace Attune.Analysis.Conversations.Importers;

/// <summary>
/// WebVTT captions (W3C WebVTT, https://www.w3.org/TR/webvtt1/) with speakers in voice tags:
/// <code>
/// WEBVTT
///
/// 00:00:01.000 --> 00:00:04.200
/// &lt;v Sarah Jones&gt;Thanks for calling, this is Sarah.
/// </code>
/// <list type="bullet">
/// <item>Timestamps are "hh:mm:ss.mmm" or "mm:ss.mmm"; cue settings after the end time, NOTE, STYLE and
///       REGION blocks and cue identifiers are ignored. A bad timestamp or a block without a timing line is
///       an error naming the line.</item>
/// <item>The speaker of a cue is its &lt;v Name&gt; tag (several tags split the cue); a cue without one
///       continues the previous speaker. A file with no voice tags at all may name speakers as
///       "Name: text" at the start of a cue (as meeting tools export).</item>
/// <item>Names map to parties like the text format (configured names, role words, "Name (role)"); a
///       name containing a role word ("Agent Sarah", "Customer 2") takes that party. Names still unknown
///       (e.g. "Sarah Jones", "Speaker 1"): if no voice is known to be the advisor, the first unknown
///       voice to speak is the advisor (advisors open contact-centre calls); every other unknown voice is
///       a customer. <see cref="ImportOptions.SpeakerNames"/> overrides the guess.</item>
/// <item>Consecutive cues of the same speaker become one turn from the first cue's start to the last
///       cue's end; markup tags are dropped and character references decoded.</item>
/// </list>
/// </summary>
public sealed class WebVttImporter : IConversationImporter
{
    private const string ExpectedTiming = "expected a cue timing line 'hh:mm:ss.mmm --> hh:mm:ss.mmm' (or mm:ss.mmm)";

    public string Format => "vtt";

    public bool CanRead(string text) => IsSignature(text.AsSpan().TrimStart('\uFEFF'));

    public ImportResult Read(string text, string source, ImportOptions options)
    {
        var lines = TextLines.Split(text);
        if (lines.Count == 0 || !IsSignature(lines[0].AsSpan().TrimStart('\uFEFF')))
        {
            return ImportResult.Fail(source, "expected 'WEBVTT' as the first line of a WebVTT file", 1);
        }

        var segments = new List<Segment>();
        var i = 1;

        // The header runs to the first blank line (or to a timing line, as the W3C parser allows).
        while (i < lines.Count && lines[i].Trim().Length > 0 && !lines[i].Contains("-->", StringComparison.Ordinal))
        {
            i++;
        }

        while (i < lines.Count)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }

            var blockStart = i;
            while (i < lines.Count && lines[i].Trim().Length > 0)
            {
                i++;
            }

            var error = ReadBlock(lines, blockStart, i, source, segments);
            if (error is not null)
            {
                return ImportResult.Fail(error);
            }
        }

        return Assemble(segments, source, options);
    }

    private static bool IsSignature(ReadOnlySpan<char> s) =>
        s.StartsWith("WEBVTT", StringComparison.Ordinal) && (s.Length == 6 || s[6] is ' ' or '\t' or '\r' or '\n');

    private static bool IsBlockKeyword(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal) && (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t');

    /// <summary>Reads one block (lines [start, end)); cues add their segments.</summary>
    private static ImportError? ReadBlock(List<string> lines, int start, int end, string source, List<Segment> segments)
    {
        var first = lines[start];
        if (IsBlockKeyword(first, "NOTE") || IsBlockKeyword(first, "STYLE") || IsBlockKeyword(first, "REGION"))
        {
            return null;
        }

        var timing = first.Contains("-->", StringComparison.Ordinal) ? start
            : start + 1 < end && lines[start + 1].Contains("-->", StringComparison.Ordinal) ? start + 1
            : -1;
        if (timing < 0)
        {
            return new ImportError(source, $"{ExpectedTiming} but found '{TextLines.Excerpt(lines[start + (start + 1 < end ? 1 : 0)])}'")
            {
                Line = start + (start + 1 < end ? 2 : 1),
            };
        }

        var line = lines[timing].AsSpan();
        var arrow = line.IndexOf("-->", StringComparison.Ordinal);
        var startText = line[..arrow].Trim();
        var after = line[(arrow + 3)..].TrimStart();
        var space = after.IndexOfAny(' ', '\t');
        var endText = space < 0 ? after : after[..space];
        var lineNumber = timing + 1;
        if (!ClockTime.TryParse(startText, strictVtt: true, out var cueStart))
        {
            return new ImportError(source, $"invalid cue start time '{TextLines.Excerpt(startText.ToString(), 30)}'; expected hh:mm:ss.mmm or mm:ss.mmm") { Line = lineNumber };
        }

        if (!ClockTime.TryParse(endText, strictVtt: true, out var cueEnd))
        {
            return new ImportError(source, $"invalid cue end time '{TextLines.Excerpt(endText.ToString(), 30)}'; expected hh:mm:ss.mmm or mm:ss.mmm") { Line = lineNumber };
        }

        if (cueEnd < cueStart)
        {
            return new ImportError(source, $"cue ends ({ClockTime.Format(cueEnd)}) before it starts ({ClockTime.Format(cueStart)}); expected an end time after the start") { Line = lineNumber };
        }

        var payload = new StringBuilder();
        for (var k = timing + 1; k < end; k++)
        {
            if (payload.Length > 0)
            {
                payload.Append('\n');
            }

            payload.Append(lines[k]);
        }

        ReadPayload(payload.ToString(), cueStart, cueEnd, lineNumber, segments);
        return null;
    }

    /// <summary>Splits a cue's text at its voice tags; drops other markup; decodes character references.</summary>
    private static void ReadPayload(string payload, double start, double end, int line, List<Segment> segments)
    {
        var text = new StringBuilder(payload.Length);
        string? voice = null;
        var tagged = false;
        var closeAhead = true; // false once no '>' remains: later '<' are text (keeps a '<'-flood linear)
        for (var i = 0; i < payload.Length; i++)
        {
            var c = payload[i];
            if (c == '<')
            {
                var close = closeAhead ? payload.IndexOf('>', i + 1) : -1;
                if (close < 0)
                {
                    closeAhead = false;
                    text.Append(c);
                    continue;
                }

                var tag = payload.AsSpan(i + 1, close - i - 1);
                if (tag.Length > 0 && tag[0] == 'v' && (tag.Length == 1 || tag[1] is '.' or ' ' or '\t'))
                {
                    Flush(text, voice, tagged, start, end, line, segments);
                    var ws = tag.IndexOfAny(' ', '\t');
                    var name = ws < 0 ? "" : SpeakerResolver.Normalize(tag[(ws + 1)..].ToString());
                    voice = name.Length > 0 ? name : null;
                    tagged = voice is not null;
                }

                i = close;
            }
            else if (c == '&' && TryDecodeReference(payload, ref i, text))
            {
                continue;
            }
            else
            {
                text.Append(c is '\n' or '\t' ? ' ' : c);
            }
        }

        Flush(text, voice, tagged, start, end, line, segments);
    }

    private static void Flush(StringBuilder text, string? voice, bool tagged, double start, double end, int line, List<Segment> segments)
    {
        var t = SpeakerResolver.Normalize(text.ToString());
        text.Clear();
        if (t.Length > 0 || tagged)
        {
            segments.Add(new Segment(voice, t, start, end, line, tagged));
        }
    }

    private static readonly Dictionary<string, string> References = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'",
        ["nbsp"] = "\u00A0", ["lrm"] = "\u200E", ["rlm"] = "\u200F",
    };

    /// <summary>Decodes "&amp;amp;", "&amp;#39;", "&amp;#x2019;" at <paramref name="i"/>; false leaves the '&amp;' as text.</summary>
    private static bool TryDecodeReference(string s, ref int i, StringBuilder text)
    {
        var semi = s.IndexOf(';', i + 1, Math.Min(12, s.Length - i - 1));
        if (semi < 0)
        {
            return false;
        }

        var name = s.AsSpan(i + 1, semi - i - 1);
        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                || !Rune.IsValid(code) || code == 0)
            {
                return false;
            }

            text.Append(new Rune(code).ToString());
        }
        else if (References.TryGetValue(name.ToString(), out var value))
        {
            text.Append(value);
        }
        else
        {
            return false;
        }

        i = semi;
        return true;
    }

    private static ImportResult Assemble(List<Segment> segments, string source, ImportOptions options)
    {
        var anyTagged = false;
        foreach (var s in segments)
        {
            anyTagged |= s.Tagged;
        }

        if (!anyTagged)
        {
            // No voice tags anywhere: meeting tools write "Name: text" instead.
            for (var k = 0; k < segments.Count; k++)
            {
                if (TrySplitNamePrefix(segments[k].Text, out var name, out var rest))
                {
                    segments[k] = segments[k] with { Voice = name, Text = rest };
                }
            }
        }

        // Voiceless cues continue the previous speaker.
        string? current = null;
        for (var k = 0; k < segments.Count; k++)
        {
            var s = segments[k];
            if (s.Voice is null)
            {
                if (current is null)
                {
                    return ImportResult.Fail(source, "the first cue names no speaker; expected a <v Name> voice tag (later cues without one continue the previous speaker)", s.Line);
                }

                segments[k] = s with { Voice = current };
            }
            else
            {
                current = s.Voice;
            }
        }

        var parties = AssignParties(segments, options, out var speakerNames);
        var turns = new List<Turn>();
        var k0 = 0;
        while (k0 < segments.Count)
        {
            var voice = segments[k0].Voice!;
            var k1 = k0;
            var text = new StringBuilder();
            var turnEnd = segments[k0].End;
            for (; k1 < segments.Count && string.Equals(segments[k1].Voice, voice, StringComparison.OrdinalIgnoreCase); k1++)
            {
                if (segments[k1].Text.Length > 0)
                {
                    if (text.Length > 0)
                    {
                        text.Append(' ');
                    }

                    text.Append(segments[k1].Text);
                }

                turnEnd = Math.Max(turnEnd, segments[k1].End);
            }

            if (text.Length > 0)
            {
                turns.Add(new Turn
                {
                    Party = parties[voice],
                    Speaker = speakerNames[voice],
                    Text = text.ToString(),
                    Start = segments[k0].Start,
                    End = turnEnd,
                });
            }

            k0 = k1;
        }

        if (turns.Count == 0)
        {
            return ImportResult.Fail(source, "no cues with text; expected at least one cue such as '00:00:01.000 --> 00:00:03.000' followed by '<v Name>text'", segments.Count > 0 ? segments[0].Line : 1);
        }

        return ImportResult.Ok(new Conversation
        {
            Turns = turns,
            Channel = options.Channel ?? options.DefaultChannel ?? Channel.Voice,
            Source = source,
        });
    }

    /// <summary>Parties by voice (see the class remarks for the rules); <paramref name="speakerNames"/> holds the name kept on each turn.</summary>
    private static Dictionary<string, Party> AssignParties(List<Segment> segments, ImportOptions options, out Dictionary<string, string> speakerNames)
    {
        var resolver = new SpeakerResolver(options);
        var parties = new Dictionary<string, Party>(StringComparer.OrdinalIgnoreCase);
        speakerNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<string>();
        var advisorKnown = false;
        foreach (var s in segments)
        {
            var voice = s.Voice!;
            if (parties.ContainsKey(voice) || unknown.Contains(voice, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (resolver.TryResolve(voice, out var party, out var speaker) || Guess(voice, out party))
            {
                parties[voice] = party;
                speakerNames[voice] = speaker;
                advisorKnown |= party == Party.Advisor;
            }
            else
            {
                unknown.Add(voice);
                speakerNames[voice] = voice;
            }
        }

        foreach (var voice in unknown)
        {
            parties[voice] = advisorKnown ? Party.Customer : Party.Advisor;
            advisorKnown = true;
        }

        return parties;
    }

    private static bool Guess(string voice, out Party party)
    {
        var guess = SpeakerResolver.Guess(voice);
        party = guess ?? default;
        return guess is not null;
    }

    /// <summary>"Sarah Jones: text" → ("Sarah Jones", "text") when the prefix reads like a name (at most four words, starting with a letter).</summary>
    private static bool TrySplitNamePrefix(string text, out string name, out string rest)
    {
        name = "";
        rest = text;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 40)
        {
            return false;
        }

        var label = text.AsSpan(0, colon).Trim();
        if (label.IsEmpty || label.Count(' ') > 3 || !char.IsLetter(label[0]))
        {
            return false;
        }

        name = label.ToString();
        rest = text[(colon + 1)..].Trim();
        return true;
    }

    private sealed record Segment(string? Voice, string Text, double Start, double End, int Line, bool Tagged);
}
