using System.Text;
using System.Text.RegularExpressions;
using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;

namespace Attune.Analysis.Tests.Conversations.Importers;

public sealed class ConversationReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("attune-import-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Bytes(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Theory]
    [InlineData("json", typeof(AttuneJsonImporter))]
    [InlineData("text", typeof(PlainTextImporter))]
    [InlineData("vtt", typeof(WebVttImporter))]
    [InlineData("transcribe", typeof(TranscribeImporter))]
    public void Detect_EachSample_PicksItsImporter(string format, Type importer)
    {
        var text = Samples.All.Single(s => s.Format == format).Text;
        Assert.IsType(importer, ConversationReader.Detect(text));
        Assert.True(ConversationReader.ReadText(text, "x").Success);
    }

    [Fact]
    public void Detect_UnrecognisedText_FallsBackToPlainTextWithItsError()
    {
        var result = ConversationReader.ReadText("Dear Sir,\nI write to complain.", "letter.txt");
        Assert.IsType<PlainTextImporter>(ConversationReader.Detect("Dear Sir"));
        Assert.StartsWith("letter.txt:1: expected a speaker prefix such as 'Agent:'", result.Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_FormatOverride_BeatsDetection()
    {
        // A valid plain-text transcript forced to another format fails with that format's error.
        var forced = ConversationReader.ReadText(Samples.Text, "chat.txt", new ImportOptions { Format = "VTT" });
        Assert.Equal("chat.txt:1: expected 'WEBVTT' as the first line of a WebVTT file", forced.Error!.ToString());

        // Attune JSON forced to "transcribe": its errors name the Transcribe fields.
        var asTranscribe = ConversationReader.ReadText(Samples.AttuneJson, "call.json", new ImportOptions { Format = "transcribe" });
        Assert.Equal("call.json at $.Transcript: missing; expected an array of transcript segments", asTranscribe.Error!.ToString());

        // WebVTT forced to plain text: its header line is not a speaker prefix.
        var asText = ConversationReader.ReadText(Samples.Vtt, "call.vtt", new ImportOptions { Format = " text " });
        Assert.StartsWith("call.vtt:1: expected a speaker prefix such as 'Agent:' or 'Customer:' (or a '# key: value' header line) but found 'WEBVTT - call 1042'", asText.Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_FormatAuto_Detects() =>
        Assert.True(ConversationReader.ReadText(Samples.Vtt, "x", new ImportOptions { Format = "Auto" }).Success);

    [Fact]
    public void ReadText_CarriageReturnLineEnds_CountAsLines() =>
        Assert.Equal("x:3: the control character U+0001 at column 1; expected text", ConversationReader.ReadText("Agent: hi\rCustomer: yo\r\u0001", "x").Error!.ToString());

    [Fact]
    public void ReadText_UnknownFormat_IsAnErrorListingTheFormats() =>
        Assert.Equal(
            "x: unknown input format 'csv'; expected one of json, text, vtt, transcribe",
            ConversationReader.ReadText("Agent: hi", "x", new ImportOptions { Format = "csv" }).Error!.ToString());

    [Fact]
    public void ReadText_ControlCharacter_NamesLineAndColumn() =>
        Assert.Equal(
            "x:2: the control character U+0007 at column 5; expected text",
            ConversationReader.ReadText("Agent: hi\nCust\u0007omer: hello", "x").Error!.ToString());

    [Fact]
    public void ReadText_UnpairedSurrogate_IsAnError() =>
        Assert.Equal(
            "x:1: an unpaired surrogate U+D800 at column 11; expected text",
            ConversationReader.ReadText("Agent: hi \uD800 there", "x").Error!.ToString());

    [Fact]
    public void ReadText_LeadingBom_IsIgnored() => Assert.True(ConversationReader.ReadText("\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\n<v Agent>hi", "x").Success);

    [Fact]
    public void ReadFile_Utf8WithBom_Reads()
    {
        var path = WriteFile("bom.txt", Bytes([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes("Customer: café ☕\nAgent: hi")));
        var result = ConversationReader.ReadFile(path);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal("café ☕", result.Value.Turns[0].Text);
        Assert.Equal(path, result.Value.Source);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadFile_Utf16WithBom_Reads(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var path = WriteFile("u16.vtt", Bytes(encoding.GetPreamble(), encoding.GetBytes(Samples.Vtt)));
        var result = ConversationReader.ReadFile(path);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(3, result.Value.Turns.Count);
    }

    [Fact]
    public void ReadFile_Latin1_NamesByteOffsetAndExpectation()
    {
        var path = WriteFile("latin1.txt", Encoding.Latin1.GetBytes("Agent: hello\nCustomer: café au lait"));
        var error = ConversationReader.ReadFile(path).Error!;
        Assert.Equal(26, error.ByteOffset);
        Assert.Equal(
            $"{path} at byte 26: invalid UTF-8: byte 0xE9 on line 2 does not continue a valid sequence; expected UTF-8 text (if the file is Latin-1 or Windows-1252, save it as UTF-8)",
            error.ToString());
    }

    [Fact]
    public void ReadFile_Utf16WithoutBom_IsRecognisedAndRefused()
    {
        var path = WriteFile("u16.txt", Encoding.Unicode.GetBytes("Agent: hello\nCustomer: hi"));
        Assert.Equal(
            $"{path} at byte 1: control byte 0x00 on line 1; expected text: the file looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)",
            ConversationReader.ReadFile(path).Error!.ToString());
    }

    [Fact]
    public void ReadFile_Binary_IsRefused()
    {
        var path = WriteFile("x.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        Assert.Equal($"{path} at byte 0: invalid UTF-8: byte 0x89 on line 1 does not continue a valid sequence; expected UTF-8 text (if the file is Latin-1 or Windows-1252, save it as UTF-8)", ConversationReader.ReadFile(path).Error!.ToString());
        var zip = WriteFile("x.zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);
        Assert.Equal($"{zip} at byte 2: control byte 0x03 on line 1; expected text: the file looks binary, not a transcript", ConversationReader.ReadFile(zip).Error!.ToString());
    }

    [Fact]
    public void ReadFile_OddUtf16AndUtf32_AreRefused()
    {
        var odd = WriteFile("odd.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42]);
        Assert.Equal($"{odd} at byte 4: the file is UTF-16 (by its byte-order mark) but has an odd number of bytes; expected whole 2-byte code units", ConversationReader.ReadFile(odd).Error!.ToString());
        var utf32 = WriteFile("u32.txt", Bytes([0xFF, 0xFE, 0x00, 0x00], Encoding.UTF32.GetBytes("Agent: hi")));
        Assert.Equal($"{utf32} at byte 0: the file is UTF-32 (by its byte-order mark); expected UTF-8 or UTF-16 text", ConversationReader.ReadFile(utf32).Error!.ToString());
    }

    [Fact]
    public void ReadFile_LoneSurrogateInUtf16_NamesOffset()
    {
        var path = WriteFile("s.txt", Bytes([0xFF, 0xFE], Encoding.Unicode.GetBytes("Agent: "), [0x00, 0xDC]));
        Assert.Equal($"{path} at byte 16: an unpaired surrogate U+DC00 on line 1 of UTF-16 text; expected text", ConversationReader.ReadFile(path).Error!.ToString());
    }

    [Fact]
    public void ReadFile_EmptyOrBlank_IsAnError()
    {
        var empty = WriteFile("empty.txt", []);
        Assert.Equal($"{empty}: the file is empty; expected a transcript", ConversationReader.ReadFile(empty).Error!.ToString());
        var blank = WriteFile("blank.txt", [0xEF, 0xBB, 0xBF, 0x20, 0x0A, 0x09]);
        Assert.Equal($"{blank}: the file is empty (only white space); expected a transcript", ConversationReader.ReadFile(blank).Error!.ToString());
    }

    [Fact]
    public void ReadFile_MissingOrDirectory_IsAnError()
    {
        var missing = Path.Combine(dir, "nope.txt");
        Assert.Equal($"{missing}: file not found", ConversationReader.ReadFile(missing).Error!.ToString());
        var missingDir = Path.Combine(dir, "no", "such.txt");
        Assert.Equal($"{missingDir}: file not found", ConversationReader.ReadFile(missingDir).Error!.ToString());
        Assert.Equal($"{dir}: is a directory; expected a transcript file", ConversationReader.ReadFile(dir).Error!.ToString());
    }

    [Fact]
    public void ReadFile_OptionsReachTheImporter()
    {
        var path = WriteFile("names.txt", Encoding.UTF8.GetBytes("Sarah: hello\nTom: hi"));
        var options = new ImportOptions
        {
            SpeakerNames = new Dictionary<string, Party> { ["Sarah"] = Party.Advisor, ["Tom"] = Party.Customer },
            Channel = Channel.Email,
        };
        var c = ConversationReader.ReadFile(path, options).Value!;
        Assert.Equal([Party.Advisor, Party.Customer], c.Turns.Select(t => t.Party));
        Assert.Equal(Channel.Email, c.Channel);
    }

    [Fact]
    public void PartyNames_TryParse_AcceptsRoleWords()
    {
        Assert.True(PartyNames.TryParse(" Agent ", out var advisor));
        Assert.Equal(Party.Advisor, advisor);
        Assert.True(PartyNames.TryParse("caller", out var customer));
        Assert.Equal(Party.Customer, customer);
        Assert.False(PartyNames.TryParse("manager", out _));
    }

    /// <summary>The examples in docs/formats.md import, each detected as the format it documents.</summary>
    [Fact]
    public void ReadText_DocumentedExamples_ImportAsTheirFormat()
    {
        var doc = File.ReadAllText(AttuneJsonImporterTests.RepoFile("docs/formats.md"));
        var examples = Regex.Matches(doc, @"<!-- example: (\w+) -->\n```\w*\n(.*?)```", RegexOptions.Singleline);
        Assert.Equal(4, examples.Count);
        foreach (Match example in examples)
        {
            var (format, text) = (example.Groups[1].Value, example.Groups[2].Value);
            Assert.Equal(format, ConversationReader.Detect(text).Format);
            var result = ConversationReader.ReadText(text, "formats.md");
            Assert.True(result.Success, $"{format}: {result.Error}");
            Assert.True(result.Value.Turns.Count >= 2, format);
        }
    }
}
