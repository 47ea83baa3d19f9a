using Attune.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("attune");
    config.AddCommand<EvalCommand>("eval")
        .WithDescription("Measure recognition quality on labelled data (../shared/data).")
        .WithExample("eval", "--data", "../shared/data", "--json", "out/eval.json");
    config.AddCommand<TrainEmotionCommand>("train-emotion").IsHidden();
});

return await app.RunAsync(args);
