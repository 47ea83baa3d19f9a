using Attune.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("attune");
    config.UseStrictParsing(); // an unknown option is a usage error, not silently ignored
    config.AddCommand<AnalyzeCommand>("analyze")
        .WithDescription("Analyse transcripts: empathy score with evidence, customer sentiment and emotion, every recognised behaviour (table, json or html).")
        .WithExample("analyze", "samples/")
        .WithExample("analyze", "samples/double-charge.json", "--format", "html", "--out", "report.html")
        .WithExample("analyze", "calls/", "--format", "json", "--out", "reports/", "--scorecard", "my-card.yaml")
        .WithExample("analyze", "chat.json", "--format", "json", "--no-redact");
    config.AddCommand<DemoCommand>("demo")
        .WithDescription("Start the web workspace on http://127.0.0.1:5000 with a seeded demo database (./attune-demo) and print how to sign in as each role.")
        .WithExample("demo")
        .WithExample("demo", "--reset");
    config.AddCommand<ImportCommand>("import")
        .WithDescription("Bulk-load transcripts and recordings into the configured store (or a running server with --server) with a progress bar.")
        .WithExample("import", "calls/")
        .WithExample("import", "calls/", "--server", "http://127.0.0.1:5000", "--api-key", "KEY");
    config.AddCommand<ServeCommand>("serve")
        .WithDescription("Run the web workspace and its API (SQLite by default; see README, Web workspace).")
        .WithExample("serve", "--urls", "http://127.0.0.1:5000");
    config.AddCommand<LoadtestCommand>("loadtest")
        .WithDescription("Live sessions at real-time pace (Twilio calls, REST chats) watched over SignalR: latency p50/p95/p99 from trigger to nudge, dropped events and frames, server CPU.")
        .WithExample("loadtest", "--calls", "300", "--chats", "300", "--duration", "60")
        .WithExample("loadtest", "--calls", "20", "--chats", "20", "--server", "http://127.0.0.1:5000", "--api-key", "KEY", "--json", "load.json");
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
        bench.AddCommand<BenchWebCommand>("web")
            .WithDescription("Web workspace figures: seed a SQLite file with generated interactions, time the pages on it, load the ingestion API.")
            .WithExample("bench", "web", "seed", "--db", "bench-web/attune.db", "--count", "100000")
            .WithExample("bench", "web", "pages", "--db", "bench-web/attune.db")
            .WithExample("bench", "web", "ingest", "--count", "10000", "--concurrency", "8");
        bench.AddCommand<BenchAudioCommand>("audio")
            .WithDescription("Full audio analysis of a call recording (both channels, dynamics) on one thread: × real time per core and peak memory.")
            .WithExample("bench", "audio", "call.wav", "--repeat", "5");
    });
    config.AddCommand<TrainEmotionCommand>("train-emotion").IsHidden();
});

// Spectre.Console.Cli returns -1 for a malformed command line; the documented exit code for usage errors is 2.
var code = await app.RunAsync(args);
return code < 0 ? 2 : code;
