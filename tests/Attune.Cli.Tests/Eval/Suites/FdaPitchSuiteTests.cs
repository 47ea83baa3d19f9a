using Attune.Cli.Eval;
using Attune.Cli.Eval.Suites;

namespace Attune.Cli.Tests.Eval.Suites;

public class FdaPitchSuiteTests
{
    // Four reference frames at 0, 15, 30, 45 ms: unvoiced, 100 Hz, 200 Hz, 100 Hz.
    private const string Reference = "0\n100\n200\n100\n";

    [Fact]
    public void Run_PitchTracksMatchingTheReference_NoErrorAsExternalTask()
    {
        using var dir = Folder("0.000 0\n0.015 101\n0.030 199\n0.045 100\n");

        var r = Assert.Single(new FdaPitchSuite().Run(Path.Combine(dir.Path, "data"), Context(dir)));

        Assert.Equal("fda.pitch.external", r.Task);
        Assert.Equal(0, r.Value);
        Assert.Equal(3, r.Support);
        Assert.Contains("voicing error 0.00%", r.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PitchTracksWithAnOctaveErrorAndAMissedFrame_CountsBoth()
    {
        // 30 ms is read from the nearest frame (29 ms): an octave low; 45 ms is more than one step (14 ms) past the last frame: unvoiced.
        using var dir = Folder("0.001 0\n0.016 100\n0.029 100\n");

        var r = Assert.Single(new FdaPitchSuite().Run(Path.Combine(dir.Path, "data"), Context(dir)));

        Assert.Equal(50, r.Value);
        Assert.Contains("voicing error 25.00%", r.Note, StringComparison.Ordinal);
        Assert.Contains("gross errors 1 low / 0 high", r.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TrackMissingOrMalformed_InvalidData()
    {
        using var missing = Folder(track: null);
        using var malformed = Folder("0.000 zero\n");

        Assert.Throws<InvalidDataException>(() => new FdaPitchSuite().Run(Path.Combine(missing.Path, "data"), Context(missing)).ToList());
        Assert.Throws<InvalidDataException>(() => new FdaPitchSuite().Run(Path.Combine(malformed.Path, "data"), Context(malformed)).ToList());
    }

    private static EvalContext Context(SuiteTestFolder dir) => new() { PitchTracks = Path.Combine(dir.Path, "tracks") };

    private static SuiteTestFolder Folder(string? track)
    {
        var dir = new SuiteTestFolder();
        // With external tracks the audio is not read, only its name is used.
        dir.Write("data/sb001.wav", "");
        dir.Write("data/sb001.f0ref", Reference);
        Directory.CreateDirectory(Path.Combine(dir.Path, "tracks"));
        if (track is not null)
        {
            dir.Write("tracks/sb001.f0", track);
        }

        return dir;
    }
}
