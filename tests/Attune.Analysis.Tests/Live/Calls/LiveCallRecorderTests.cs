using Attune.Analysis.Audio.Calls;
using Attune.Analysis.Audio.Wav;
using Attune.Analysis.Live.Calls;
using Attune.Analysis.Tests.Audio.Dynamics;
using Attune.Analysis.Tests.TestKit;

namespace Attune.Analysis.Tests.LiveCalls;

public sealed class LiveCallRecorderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "attune-recorder-" + Guid.NewGuid().ToString("N")[..8]);

    public LiveCallRecorderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>µ-law code words as ±1.0 samples: what a telephony session decodes and hands on.</summary>
    private static float[] Decoded(IEnumerable<byte> codes) => codes.Select(c => G711.MuLawToLinear(c) / 32768f).ToArray();

    [Fact]
    public void Write_DecodedMuLaw_ReadBackSampleForSample()
    {
        var customer = Decoded(Enumerable.Range(0, 1000).Select(i => (byte)(i * 7 % 256)));
        var advisor = Decoded(Enumerable.Range(0, 1000).Select(i => (byte)(255 - (i % 256))));
        var path = Path.Combine(_dir, "a.wav");
        using (var recorder = new LiveCallRecorder(File.Create(path)))
        {
            for (var i = 0; i < 1000; i += 160)
            {
                var n = Math.Min(160, 1000 - i);
                recorder.Write(customer.AsSpan(i, n), advisor.AsSpan(i, n));
            }

            Assert.Equal(1000, recorder.Frames);
            recorder.Complete();
        }

        var read = CallAudioFile.Read(path);
        Assert.Equal(LiveCallAnalyzer.TelephonyFormat, read.Format);
        Assert.Equal(customer, read.Customer);
        Assert.Equal(advisor, read.Advisor);
        Assert.Equal(LiveCallRecorder.HeaderBytes + 2000, new FileInfo(path).Length);
        using var stream = File.OpenRead(path);
        using var reader = WavReader.Open(stream, path).Value!;
        Assert.Equal(1000, reader.TotalFrames);
        Assert.Null(reader.Truncation);
    }

    [Fact]
    public void Write_NotCompleted_StillReadableToTheEnd()
    {
        // A server that died mid-call leaves the "unknown length" header: the audio written so far is still read.
        var path = Path.Combine(_dir, "b.wav");
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        var recorder = new LiveCallRecorder(file);
        recorder.Write(Decoded(Enumerable.Repeat((byte)0x80, 480)), Decoded(Enumerable.Repeat((byte)0x00, 480)));
        file.Flush();
        var copy = Path.Combine(_dir, "copy.wav");
        File.Copy(path, copy);
        recorder.Dispose();

        var read = CallAudioFile.Read(copy);
        Assert.Equal(480, read.Length);
        Assert.All(read.Customer, s => Assert.Equal(32124 / 32768f, s));
        Assert.All(read.Advisor, s => Assert.Equal(-32124 / 32768f, s));
    }

    [Fact]
    public void Write_UnseekableStream_HeaderLeftOpenEnded()
    {
        using var sink = new MemoryStream();
        using (var recorder = new LiveCallRecorder(new WriteOnlyStream(sink), leaveOpen: true))
        {
            recorder.Write(new float[160], new float[160]);
            recorder.Complete();
        }

        var bytes = sink.ToArray();
        Assert.Equal(LiveCallRecorder.HeaderBytes + 320, bytes.Length);
        Assert.Equal(0xFFFFFFFF, BitConverter.ToUInt32(bytes, 54));
        using var reader = WavReader.Open(new MemoryStream(bytes), "sink").Value!;
        var l = new float[400];
        var r = new float[400];
        Assert.Equal(160, reader.Read(l, r));
    }

    [Fact]
    public void Write_LoudSamples_ClippedNotWrapped()
    {
        using var sink = new MemoryStream();
        using (var recorder = new LiveCallRecorder(sink, leaveOpen: true))
        {
            recorder.Write([2f, -2f, 1f, -1f], [0f, 0.5f, -0.5f, 0f]);
        }

        using var reader = WavReader.Open(new MemoryStream(sink.ToArray()), "sink").Value!;
        var l = new float[4];
        var r = new float[4];
        reader.Read(l, r);
        Assert.Equal([32124 / 32768f, -32124 / 32768f, 32124 / 32768f, -32124 / 32768f], l);
        Assert.InRange(r[1], 0.48f, 0.52f);
        Assert.InRange(r[2], -0.52f, -0.48f);
    }

    [Fact]
    public void Write_ChannelsOfDifferentLength_Refused()
    {
        using var recorder = new LiveCallRecorder(new MemoryStream());
        Assert.Throws<ArgumentException>(() => recorder.Write(new float[2], new float[3]));
    }

    /// <summary>
    /// The recording of a live call is the call: recorded while the live analyser ran, the batch path on the recorded
    /// file (CallRecordingAnalyzer, as an import) gives the dynamics the live analyser settled.
    /// </summary>
    [Fact]
    public void Write_SampleCallWhileAnalysing_BatchAnalysisOfTheFileGivesTheLiveDynamics()
    {
        var call = SyntheticCall.Build(SyntheticCall.SharedCacheDir, SyntheticCall.SampleSpec());
        var audio = CallAudioFile.Read(call.MuLawPath);
        var path = Path.Combine(_dir, "live.wav");
        var analyzer = new LiveCallAnalyzer(LiveCallAnalyzer.TelephonyFormat);
        using (var recorder = new LiveCallRecorder(File.Create(path)))
        {
            foreach (var (offset, count) in audio.Blocks(160))
            {
                var c = audio.Customer.AsSpan(offset, count);
                var a = audio.Advisor.AsSpan(offset, count);
                recorder.Write(c, a);
                analyzer.Push(c, a);
            }
        }

        analyzer.Complete();
        var batch = CallRecordingAnalyzer.AnalyzeFile(path);
        Assert.True(batch.Success, batch.Error?.ToString());
        DynamicsAssert.Equal(analyzer.LiveDynamics!, batch.Value.Audio!.Dynamics);
        // and the recording holds the call's µ-law bytes exactly
        Assert.Equal(File.ReadAllBytes(call.MuLawPath).AsSpan(^(audio.Length * 2)).ToArray(), File.ReadAllBytes(path).AsSpan(LiveCallRecorder.HeaderBytes).ToArray());
    }

    private sealed class WriteOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
