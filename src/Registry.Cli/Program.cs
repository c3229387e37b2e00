using Registry.Cli;

// Registry command line. Commands:
//   generate --units N --database path.db [--seed S] [--batch B]
//   generate --units N --provider SqlServer --connection "…"
//   search --database path.db --text TEXT
//   selfcheck --database path.db
//   scenario FILE... [--check] [--keep-database path.db]
//   calendar load FILE --database path.db | calendar list --database path.db
//   verify --database path.db [--ledger-dir DIR] [--checkpoint] [--rotate-key]
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(GenerateCommand.Usage);
    Console.WriteLine(SearchCommand.Usage);
    Console.WriteLine(ScenarioCommand.Usage);
    Console.WriteLine(SelfCheckCommand.Usage);
    Console.WriteLine(CalendarCommand.Usage);
    Console.WriteLine(VerifyCommand.Usage);
    return 0;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return args[0] switch
{
    "generate" => await GenerateCommand.RunAsync(args[1..], Console.Out, cancellation.Token),
    "search" => await SearchCommand.RunAsync(args[1..], Console.Out, cancellation.Token),
    "scenario" => await ScenarioCommand.RunAsync(args[1..], Console.Out, cancellation.Token),
    "selfcheck" => await SelfCheckCommand.RunAsync(args[1..], Console.Out, cancellation.Token),
    "calendar" => await CalendarCommand.RunAsync(args[1..], Console.Out, cancellation.Token),
    "verify" => await VerifyCommand.RunAsync(args[1..], Console.Out, cancellation.Token),

    // Hidden: the crash harness's child process (tests/Registry.Cli.Tests/Crash), not for people.
    "crash-probe" => await CrashProbeCommand.RunAsync(args[1..], Console.Out, cancellation.Token),
    _ => Fail($"Unknown command '{args[0]}'.\n{GenerateCommand.Usage}"),
};

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
