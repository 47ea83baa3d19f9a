using System.Text;
using Attune.Analysis.Conversations;
using Attune.Analysis.Conversations.Importers;

namespace Attune.Analysis.Tests.Conversations.Importers;

/// <summary>
/// Deterministic fuzzing: thousands of damaged inputs per format (every truncation, byte flips, syntax
/// characters dropped in, line shuffles, random bytes, wrong encodings) must each give a well-formed
/// <see cref="ImportResult"/>; any exception fails the test with the input that caused it.
/// </summary>
public class ImporterFuzzTests
{
    private const string Syntax = "{}[]\":,<>-->\n\r\t 0123456789.#&;\\/vWEBVTT:NOTE\"Transcript\"ParticipantId";

    private static readonly IConversationImporter[] Importers = [.. ConversationReader.Importers];

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    [InlineData("vtt")]
    [InlineData("transcribe")]
    public void ReadBytes_DamagedInput_AlwaysGivesAResult(string format)
    {
        var text = Samples.All.Single(s => s.Format == format).Text; // each holds non-ASCII text, so cuts split characters
        var utf8 = Encoding.UTF8.GetBytes(text);
        var random = new Random(format.Length * 7919);
        var forced = new ImportOptions { Format = format };
        var runs = 0;

        void Check(byte[] input, string what)
        {
            foreach (var options in (ImportOptions[])[ImportOptions.Default, forced])
            {
                ImportResult result;
                try
                {
                    result = ConversationReader.ReadBytes(input, "fuzz", options);
                }
                catch (Exception ex)
                {
                    throw new Xunit.Sdk.XunitException($"{format}, {what}, format {options.Format ?? "auto"}: {ex}\ninput: {Convert.ToBase64String(input)}");
                }

                AssertWellFormed(result, input.Length, what);
                runs++;
            }
        }

        // Every truncation of the UTF-8 text (cutting multi-byte characters too).
        for (var n = 0; n <= utf8.Length; n++)
        {
            Check(utf8[..n], $"truncated to {n}");
        }

        // Random byte flips: 1–4 bytes replaced by any value.
        for (var k = 0; k < 1500; k++)
        {
            var input = (byte[])utf8.Clone();
            for (var f = random.Next(1, 5); f > 0; f--)
            {
                input[random.Next(input.Length)] = (byte)random.Next(256);
            }

            Check(input, $"byte flip {k}");
        }

        // Syntax characters dropped in: these get past decoding and exercise each parser.
        for (var k = 0; k < 1500; k++)
        {
            var chars = text.ToCharArray();
            for (var f = random.Next(1, 6); f > 0; f--)
            {
                chars[random.Next(chars.Length)] = Syntax[random.Next(Syntax.Length)];
            }

            Check(Encoding.UTF8.GetBytes(chars), $"syntax mutation {k}");
        }

        // Lines deleted, duplicated or swapped.
        var lines = text.Split('\n');
        for (var k = 0; k < 400; k++)
        {
            var copy = lines.ToList();
            var i = random.Next(copy.Count);
            var j = random.Next(copy.Count);
            switch (k % 3)
            {
                case 0: copy.RemoveAt(i); break;
                case 1: copy.Insert(i, copy[j]); break;
                default: (copy[i], copy[j]) = (copy[j], copy[i]); break;
            }

            Check(Encoding.UTF8.GetBytes(string.Join('\n', copy)), $"line edit {k}");
        }

        // Random bytes, and random printable ASCII (which decodes and reaches the importers).
        for (var k = 0; k < 600; k++)
        {
            var input = new byte[random.Next(1, 400)];
            random.NextBytes(input);
            if (k % 2 == 1)
            {
                for (var b = 0; b < input.Length; b++)
                {
                    input[b] = (byte)(0x20 + (input[b] % 95));
                }
            }

            Check(input, $"random {k}");
        }

        // Wrong encodings: Latin-1, UTF-16 without a BOM (both byte orders), and UTF-16 with a BOM cut anywhere.
        Check(Encoding.Latin1.GetBytes(text), "Latin-1");
        Check(Encoding.Unicode.GetBytes(text), "UTF-16LE without BOM");
        Check(Encoding.BigEndianUnicode.GetBytes(text), "UTF-16BE without BOM");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        for (var n = 0; n <= utf16.Length; n += 7)
        {
            Check(utf16[..n], $"UTF-16 with BOM truncated to {n}");
        }

        Assert.True(runs > 4000, $"only {runs} runs");
    }

    /// <summary>The importers are public too: strings the reader would refuse (controls, lone surrogates) must not break them.</summary>
    [Fact]
    public void Read_DamagedStringsStraightToEachImporter_NeverThrow()
    {
        var random = new Random(42);
        foreach (var (format, text) in Samples.All)
        {
            for (var k = 0; k < 400; k++)
            {
                var chars = text.ToCharArray();
                for (var f = random.Next(1, 6); f > 0; f--)
                {
                    chars[random.Next(chars.Length)] = k % 3 == 0 ? (char)random.Next(0, 0x10000) : Syntax[random.Next(Syntax.Length)];
                }

                var input = new string(chars, 0, random.Next(chars.Length + 1));
                foreach (var importer in Importers)
                {
                    try
                    {
                        _ = importer.CanRead(input);
                        AssertWellFormed(importer.Read(input, "fuzz", ImportOptions.Default), null, $"{format} → {importer.Format} #{k}");
                    }
                    catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
                    {
                        throw new Xunit.Sdk.XunitException($"{format} sample read by {importer.Format}, mutation {k}: {ex}\ninput: {input}");
                    }
                }
            }
        }
    }

    private static void AssertWellFormed(ImportResult result, int? inputLength, string what)
    {
        if (result.Success)
        {
            Assert.NotEmpty(result.Value.Turns);
            foreach (var turn in result.Value.Turns)
            {
                Assert.True(turn.Start is null or >= 0, what);
                Assert.True(turn.Start is null || turn.End is null || turn.End >= turn.Start, what);
                Assert.NotNull(turn.Text);
            }

            return;
        }

        var error = result.Error;
        Assert.Equal("fuzz", error.Source);
        Assert.False(string.IsNullOrWhiteSpace(error.Message), what);
        Assert.True(error.Line is null or >= 1, what);
        Assert.True(error.ByteOffset is null || (error.ByteOffset >= 0 && error.ByteOffset <= inputLength), what);
        Assert.StartsWith("fuzz", error.ToString(), StringComparison.Ordinal);
    }
}
