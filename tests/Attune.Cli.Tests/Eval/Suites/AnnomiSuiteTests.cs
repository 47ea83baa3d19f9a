using Attune.Cli.Eval;
using Attune.Cli.Eval.Suites;

namespace Attune.Cli.Tests.Eval.Suites;

public sealed class AnnomiSuiteTests : IDisposable
{
    private const string Header = "mi_quality,transcript_id,video_title,video_url,topic,utterance_id,interlocutor,timestamp,utterance_text,annotator_id,therapist_input_exists,therapist_input_subtype,reflection_exists,reflection_subtype,question_exists,question_subtype,main_therapist_behaviour,client_talk_type";

    private readonly string _dir = Directory.CreateTempSubdirectory("attune-annomi-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Row(int transcript, int id, string who, string text, int annotator, string reflection, string question) =>
        $"high,{transcript},t,u,topic,{id},{who},00:00:01,\"{text}\",{annotator},False,n/a,{(reflection == "n/a" ? "False" : "True")},{reflection},{(question == "n/a" ? "False" : "True")},{question},other,n/a";

    [Fact]
    public void Run_FullFile_MajorityOverAnnotators_AndBothTasks()
    {
        File.WriteAllLines(Path.Combine(_dir, "AnnoMI-full.csv"),
        [
            Header,
            Row(0, 0, "therapist", "What brings you in today?", 1, "n/a", "open"),
            Row(0, 1, "client", "I've been drinking every night since the divorce.", 1, "n/a", "n/a"),
            // three annotators: two say simple reflection, one says none
            Row(0, 2, "therapist", "So you've been drinking every night since the divorce.", 1, "simple", "n/a"),
            Row(0, 2, "therapist", "So you've been drinking every night since the divorce.", 2, "simple", "n/a"),
            Row(0, 2, "therapist", "So you've been drinking every night since the divorce.", 3, "n/a", "n/a"),
            Row(0, 3, "client", "Yes.", 1, "n/a", "n/a"),
            Row(0, 4, "therapist", "Do you drink alone?", 1, "n/a", "closed"),
        ]);
        var results = new AnnomiSuite().Run(_dir, new EvalContext()).ToDictionary(r => r.Task);

        Assert.Equal(2, results["annomi.question_type"].Support);
        Assert.Equal(1.0, results["annomi.question_type"].Value);
        Assert.Equal(3, results["annomi.reflection"].Support);
        Assert.Equal(1.0, results["annomi.reflection"].Value);
    }

    [Fact]
    public void Run_AnnotatorWhoDisagreesWithTheOthers_IsLeftOutOfTheReliableTask()
    {
        var lines = new List<string> { Header };
        for (var id = 0; id < 24; id++)
        {
            // three annotators agree; annotator 9 calls every question open
            var label = id % 2 == 0 ? "open" : "closed";
            var text = id % 2 == 0 ? "What happened then?" : "Did you drink yesterday?";
            foreach (var annotator in new[] { 1, 2, 3 })
            {
                lines.Add(Row(0, id, "therapist", text, annotator, "n/a", label));
            }

            lines.Add(Row(0, id, "therapist", text, 9, "n/a", "open"));
        }

        lines.Add(Row(1, 0, "therapist", "Do you drink alone?", 9, "n/a", "open"));
        lines.Add(Row(1, 1, "therapist", "Do you smoke?", 1, "n/a", "closed"));
        File.WriteAllLines(Path.Combine(_dir, "AnnoMI-full.csv"), lines);

        var results = new AnnomiSuite().Run(_dir, new EvalContext()).ToDictionary(r => r.Task);

        Assert.Equal(26, results["annomi.question_type"].Support);
        Assert.Equal(25, results["annomi.question_type_reliable"].Support);
        Assert.Equal(1.0, results["annomi.question_type_reliable"].Value);
        Assert.Contains("annotator 9", results["annomi.question_type_reliable"].Note, StringComparison.Ordinal);
        Assert.Contains("Halves", results["annomi.question_type"].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OnlySimpleFile_SkipsQuestionType()
    {
        File.WriteAllLines(Path.Combine(_dir, "AnnoMI-simple.csv"),
        [
            "transcript_id,mi_quality,video_title,video_url,topic,utterance_id,interlocutor,timestamp,utterance_text,main_therapist_behaviour,client_talk_type",
            "0,high,t,u,topic,0,client,00:00:01,I smoke a pack a day.,n/a,neutral",
            "0,high,t,u,topic,1,therapist,00:00:02,You smoke a pack a day.,reflection,n/a",
        ]);
        var results = new AnnomiSuite().Run(_dir, new EvalContext()).Select(r => r.Task).ToList();
        Assert.Equal(["annomi.reflection"], results);
    }
}
