// Durable runtime benchmark and fault-test worker.
//   dotnet BackupOrchestrator.Durable.Bench.dll [bench] [--only a,b,c,d]   run the benchmarks (see bench/README.md)
//   dotnet BackupOrchestrator.Durable.Bench.dll worker --connection CS --hub NAME --worker-id ID [--crash-on EVENTID:N]
using BackupOrchestrator.Durable.Bench;

var options = CommandLine.Parse(args);
return options.Command switch
{
    "worker" => await FaultWorker.RunAsync(options),
    "bench" => await Benchmarks.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench [--only a,b,c,d] | worker --connection CS --hub NAME --worker-id ID [--crash-on EVENTID:N]");
    return 2;
}
