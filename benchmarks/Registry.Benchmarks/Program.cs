using BenchmarkDotNet.Running;

// `worklist`: the examiner console's worklist latency on a generated million-case database (see Console/RESULTS.md).
if (args.Length > 0 && args[0] == "worklist")
{
    return await Registry.Benchmarks.ExaminerConsole.WorklistBenchmark.RunAsync(args[1..]);
}

// `casefile`: the case page's read model among a million cases (see Console/RESULTS.md).
if (args.Length > 0 && args[0] == "casefile")
{
    return await Registry.Benchmarks.ExaminerConsole.CaseFileBenchmark.RunAsync(args[1..]);
}

// `workflow-wal`: pages written per workflow step (see Workflows/RESULTS.md).
if (args.Length > 0 && args[0] == "workflow-wal")
{
    return await Registry.Benchmarks.Workflows.WorkflowWalProbe.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
