using Attune.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("attune");
    config.AddCommand<EvalCommand>("eval")
        .WithDescription("Measure recognition quality on labelled data (../shared/data).")
        .WithExample("eval", "--data", "../shared/data", "--json", "out/eval.json");
    config.AddBranch("bench", bench =>
    {
        bench.SetDescription("Throughput and memory checks (see bench/README.md).");
        bench.AddCommand<BenchTextCommand>("text")
            .WithDescription("Sentences per second with every detector on one thread, from a file of one sentence per line.")
            .WithExample("bench", "text", "--file", "sentences.txt");
        bench.AddCommand<BenchLongChatCommand>("longchat")
            .WithDescription("Synthesise a long chat, analyse it and report peak memory against a budget.")
            .WithExample("bench", "longchat", "--hours", "4");
    });
});

return await app.RunAsync(args);
