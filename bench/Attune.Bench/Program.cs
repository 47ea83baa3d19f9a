using BenchmarkDotNet.Running;

// Pick benchmarks on the command line, e.g.
//   dotnet run -c Release --project bench/Attune.Bench -- --filter '*Tokenizer*'
BenchmarkSwitcher.FromAssembly(typeof(Attune.Bench.BenchTexts).Assembly).Run(args);
