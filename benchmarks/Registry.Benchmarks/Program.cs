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

// `casepage`: the case page's server render among a million cases, and the signed-in HTTP GET (see Console/RESULTS.md).
if (args.Length > 0 && args[0] == "casepage")
{
    return await Registry.Benchmarks.ExaminerConsole.CasePageBenchmark.RunAsync(args[1..]);
}

// `dashboard [cases] [runs]`: the indicators dashboard over a county year of cases (see README, Known limits).
if (args.Length > 0 && args[0] == "dashboard")
{
    return await Registry.Benchmarks.Exports.DashboardBenchmark.RunAsync(args[1..]);
}

// `excel-export [rows] [runs]`: a 100,000-row Excel export's time and peak working set (see README, Known limits).
if (args.Length > 0 && args[0] == "excel-export")
{
    return await Registry.Benchmarks.Exports.ExcelExportBenchmark.RunAsync(args[1..]);
}

// `workflow-wal`: pages written per workflow step (see Workflows/RESULTS.md).
if (args.Length > 0 && args[0] == "workflow-wal")
{
    return await Registry.Benchmarks.Workflows.WorkflowWalProbe.RunAsync(args[1..]);
}

// `rules-nrules [cases]`: NRules beside the evaluator it replaced, in one run (see Rules/RESULTS.md).
if (args.Length > 0 && args[0] == "rules-nrules")
{
    return await Registry.Benchmarks.Rules.NRulesComparison.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "rules-profile")
{
    return await Registry.Benchmarks.Rules.NRulesProfile.RunAsync(args[1..]);
}

// `case-lifecycle`: durable case lifecycles through the case services, 1 and 4 workers, and decision latency with 10
// concurrent examiners (see Workflows/RESULTS.md).
if (args.Length > 0 && args[0] == "case-lifecycle")
{
    return await Registry.Benchmarks.Workflows.CaseLifecycleBenchmark.RunAsync(args[1..]);
}

// `api-submit [submissions] [clients]`: bank outlets' first mortgages through the real web host's API, each auto-approved
// and recorded within its POST; p50/p99 with 8 concurrent clients (see Api/RESULTS.md).
if (args.Length > 0 && args[0] == "api-submit")
{
    return await Registry.Benchmarks.Api.ApiSubmissionBenchmark.RunAsync(args[1..]);
}

// `load [--finished N] [--open N] [--examiners N] [--cases N]`: simulated examiners on PostgreSQL, two nodes then one
// (see Load/RESULTS.md); `load-node` is one node's process, started by `load`.
if (args.Length > 0 && args[0] == "load")
{
    return await Registry.Benchmarks.Load.LoadTest.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "load-node")
{
    return await Registry.Benchmarks.Load.LoadNode.RunAsync(args[1..]);
}

// `ledger-verify [entries]`: verification of a million chained register entries (see Ledger/RESULTS.md).
if (args.Length > 0 && args[0] == "ledger-verify")
{
    return await Registry.Benchmarks.Ledger.LedgerVerifyBenchmark.RunAsync(args[1..]);
}

// Not typeof(Program): Registry.Web (referenced by casepage) has a public Program of its own.
BenchmarkSwitcher.FromAssembly(typeof(Registry.Benchmarks.ExaminerConsole.WorklistDatabase).Assembly).Run(args);
return 0;
