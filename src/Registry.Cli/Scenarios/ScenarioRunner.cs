using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Registry.Application.Cases;
using Registry.Application.Deadlines;
using Registry.Application.Examination;
using Registry.Application.Intake;
using Registry.Application.Recording;
using Registry.Application.Register;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Application.Security;
using Registry.Composition;
using Registry.Domain;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Expiries;
using Registry.Scheduling.Notifications;
using Registry.Scheduling.Sweeps;
using Registry.Workflows;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Cli.Scenarios;

/// <summary>
/// Replays a scenario against the product's own service graph (<see cref="RegistryServiceCollectionExtensions"/>) on a
/// fresh SQLite file, with a clock that only moves on <c>advance</c>; the deadline, expiry and timer sweeps run after each
/// move, exactly as the Quartz jobs would.
/// </summary>
public sealed class ScenarioRunner
{
    private readonly Dictionary<string, string?> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _units = new(StringComparer.Ordinal);
    private readonly List<string> _log = [];
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, List<ScenarioRace>> _races = new(StringComparer.Ordinal);

    /// <summary>Replays <paramref name="scenario"/>; <paramref name="name"/> is used in messages. The database is deleted afterwards unless <paramref name="keepDatabase"/>.</summary>
    public async Task<ScenarioReport> RunAsync(ScenarioFile scenario, string name, string? keepDatabase = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var units = ScenarioReader.UnitsOf(scenario, name);
        var database = keepDatabase ?? Path.Combine(Path.GetTempPath(), $"registry-scenario-{Guid.NewGuid():N}.db");
        var clock = new ScenarioClock(scenario.Start);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = database,
            ["Database:SeedDemoData"] = units is null ? "true" : "false",
            ["Scheduling:EnableJobs"] = "false",
            ["Scheduling:SmsFilePath"] = Path.ChangeExtension(database, ".sms.log"),
            ["Scheduling:WeChatFilePath"] = Path.ChangeExtension(database, ".wechat.log"),
            ["Scheduling:BookingReportFilePath"] = Path.ChangeExtension(database, ".reports.log"),
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(clock)
            .AddRegistryServices(configuration)
            .BuildServiceProvider();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await services.InitializeRegistryAsync(cancellationToken);
            if (units is not null)
            {
                await LoadRegisterAsync(services, units, scenario.Start, cancellationToken);
            }

            _log.Add($"setup: database, definitions and starting register in {watch.ElapsedMilliseconds} ms");
            watch.Restart();

            for (var i = 0; i < scenario.Steps.Count; i++)
            {
                await RunStepAsync(services, clock, scenario.Steps[i], i, name, cancellationToken);
            }

            _log.Add($"steps: {scenario.Steps.Count} in {watch.ElapsedMilliseconds} ms");
            var report = await ReportAsync(services, scenario, clock, cancellationToken);
            if (scenario.Expect is { } expect)
            {
                Check(expect, report, "expect");
            }

            // A refused step is part of the story only when the scenario says so (expect.cases.X.error).
            foreach (var (label, errors) in _errors)
            {
                if (scenario.Expect?.Cases.GetValueOrDefault(label)?.Error is null)
                {
                    _failures.Add($"cases.{label}: unexpected refusal: {string.Join(" | ", errors)}");
                }
            }

            return report with { Failures = [.. _failures] };
        }
        finally
        {
            await services.DisposeAsync();
            if (keepDatabase is null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var file in new[] { database, database + "-wal", database + "-shm", Path.ChangeExtension(database, ".sms.log"), Path.ChangeExtension(database, ".reports.log") })
                {
                    File.Delete(file);
                }
            }
        }
    }

    private static async Task LoadRegisterAsync(IServiceProvider services, ScenarioRegister register, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var office = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.CaseFlow.OfficeOptions>>().Value;
        var applier = services.GetRequiredService<IRegisterEffectApplier>();
        var before = start.AddDays(-30);
        var sequence = 0;
        foreach (var unit in register.Units)
        {
            var code = UnitCode.Parse(unit.Code, $"register.units[{unit.Code}].code");
            var kind = Enum.Parse<UnitKind>(unit.Kind, ignoreCase: true);
            var book = UnitRegister.Open(new ImmovableUnit(code, kind, unit.Location.Length > 0 ? unit.Location : unit.Code, unit.Use, unit.Area));
            var effects = new List<RegisterEffect>();
            if (unit.Owners.Count > 0)
            {
                var coOwnership = unit.CoOwnership is { } c ? Enum.Parse<CoOwnership>(c, ignoreCase: true)
                    : unit.Owners.Count == 1 ? CoOwnership.Sole
                    : unit.Owners.Any(o => o.Share is not null) ? CoOwnership.ByShares : CoOwnership.Joint;
                effects.Add(new Application.Recording.Effects.CreateOwnership(code.Value, unit.RightType ?? "国有建设用地使用权/房屋所有权", coOwnership,
                    [.. unit.Owners.Select(o => new HolderSpec(o.Name, o.Id, o.Share))]) { TermEnd = unit.TermEnd });
            }

            foreach (var m in unit.Mortgages)
            {
                effects.Add(new Application.Recording.Effects.AddMortgage(code.Value, Enum.Parse<MortgageKind>(m.Kind, ignoreCase: true),
                    new PartySpec(m.Mortgagee, m.MortgageeId), m.Amount, m.From ?? DateOnly.FromDateTime(before.Date), m.To ?? DateOnly.FromDateTime(before.Date).AddYears(20))
                {
                    Mortgagors = m.Mortgagors.Count == 0 ? null : [.. m.Mortgagors.Select(o => new PartySpec(o.Name, o.Id))],
                    TransferRestricted = m.TransferRestricted,
                });
            }

            foreach (var p in unit.PreNotices)
            {
                effects.Add(new Application.Recording.Effects.AddPreNotice(code.Value, Enum.Parse<PreNoticeKind>(p.Kind, ignoreCase: true), new PartySpec(p.Holder, p.HolderId)));
            }

            foreach (var o in unit.Objections)
            {
                effects.Add(new Application.Recording.Effects.AddObjection(code.Value, new PartySpec(o.Applicant, o.ApplicantId ?? "91340100MA2N000000"), o.Matter));
            }

            foreach (var s in unit.Seizures)
            {
                effects.Add(new Application.Recording.Effects.AddSeizure(code.Value, s.Authority, s.Ruling, s.Delivered ?? before, s.Start, s.End));
            }

            // Each starting entry is booked one by one under its own earlier case, so priorities follow the file's order.
            foreach (var effect in effects)
            {
                var caseNumber = CaseNumber.Create(office.DivisionCode, DateOnly.FromDateTime(before.Date), ++sequence);
                applier.Apply([book], [effect], new RecordingContext(caseNumber, before.AddMinutes(sequence), before.AddMinutes(sequence)));
            }

            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book, cancellationToken);
        }
    }

    private async Task RunStepAsync(IServiceProvider services, ScenarioClock clock, ScenarioStep step, int index, string name, CancellationToken cancellationToken)
    {
        var at = $"steps[{index}]";
        if (step.Apply is { } apply)
        {
            await ApplyAsync(services, apply, at, cancellationToken);
        }
        else if (step.Complete is { } complete)
        {
            await CompleteAsync(services, complete, at, cancellationToken);
        }
        else if (step.Signal is { } signal)
        {
            await SignalAsync(services, signal, at, cancellationToken);
        }
        else if (step.Advance is { } advance)
        {
            await AdvanceAsync(services, clock, advance, at, cancellationToken);
        }
        else if (step.Resume is { } resume)
        {
            await ResumeAsync(services, resume, at, cancellationToken);
        }
        else if (step.Withdraw is { } withdraw)
        {
            await WithdrawAsync(services, withdraw, at, cancellationToken);
        }
        else if (step.Concurrent is { } concurrent)
        {
            await ConcurrentAsync(services, clock, concurrent, at, cancellationToken);
        }
        else if (step.Check is { } check)
        {
            var report = await ReportAsync(services, new ScenarioFile { Name = name, Start = clock.GetUtcNow() }, clock, cancellationToken);
            Check(check, report, at);
        }
    }

    private async Task ApplyAsync(IServiceProvider services, ApplyStep apply, string at, CancellationToken cancellationToken)
    {
        _types[apply.Case] = apply.Type;
        _numbers[apply.Case] = null;
        foreach (var unit in apply.Units)
        {
            _units.Add(UnitCode.Normalize(unit));
        }

        var request = new AcceptanceRequest
        {
            BusinessType = apply.Type,
            Units = apply.Units,
            Parties = [.. apply.Parties.Select(p => new AcceptanceParty(p.Role, p.Name, p.Id, p.Share, p.IdType))],
            Facts = apply.Facts.ToDictionary(f => f.Key, f => f.Value.ValueKind == JsonValueKind.String ? f.Value.GetString()! : f.Value.GetRawText()),
            Materials = apply.Materials,
            Cause = apply.Cause,
        };
        await using var scope = services.CreateAsyncScope();
        var feed = services.GetRequiredService<Application.SharedData.ISharedDataFeed>();
        await FeedBeforeAcceptanceAsync(feed, apply, services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(request, apply.As, cancellationToken);
            if (apply.Shared.Tax)
            {
                var price = apply.Facts.TryGetValue("declaredPrice", out var p) && p.TryGetDecimal(out var value) ? value : 0m;
                await feed.RecordTaxPaymentAsync(result.Case.Number.Value, decimal.Round(price * 0.01m, 2), $"税票{result.Case.Number.Value[^6..]}", cancellationToken);
            }

            _numbers[apply.Case] = result.Case.Number.Value;
            _log.Add($"{at}: {apply.As} accepted {apply.Type} as case {result.Case.Number} ({apply.Case}) → {result.Case.Status}, at {string.Join(", ", result.Instance.CurrentNodeIds)}");
            await LogIncidentsAsync(scope.ServiceProvider, result.Case, at, cancellationToken);
        }
        catch (AcceptanceRefusedException e)
        {
            Error(apply.Case, e.Message);
            _log.Add($"{at}: {apply.Type} ({apply.Case}) refused: {e.Message}");
        }
    }

    // The sharing systems answer at once in the offices the seeds describe; the scenario says what they hold.
    private static async Task FeedBeforeAcceptanceAsync(Application.SharedData.ISharedDataFeed feed, ApplyStep apply, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var party in apply.Parties)
        {
            if (apply.Shared.Identity)
            {
                await feed.RecordIdentityAsync(party.Name, party.Id, cancellationToken);
            }

            if (party.Id.Length == 18 && char.IsAsciiDigit(party.Id[0]) && party.Id[0] != '9')
            {
                await feed.RecordMarriageAsync(party.Id, apply.Shared.Marriage, cancellationToken: cancellationToken);
            }
        }

        var document = Fact(apply, "courtDocument") ?? Fact(apply, "rulingNumber");
        if (apply.Shared.Court && document is not null)
        {
            await feed.RecordCourtDocumentAsync(document, Fact(apply, "authority") ?? "人民法院", true, apply.Units.Count == 1 ? UnitCode.Normalize(apply.Units[0]) : null, cancellationToken);
        }

        // A developer sells a new build (Developer stands for the transferor, as in the review rules).
        var sellers = apply.Parties.Where(p => p.Role.Equals("Transferor", StringComparison.OrdinalIgnoreCase) || p.Role.Equals("Developer", StringComparison.OrdinalIgnoreCase)).Select(p => (p.Name, p.Id)).ToList();
        var buyers = apply.Parties.Where(p => p.Role.Equals("Transferee", StringComparison.OrdinalIgnoreCase)).Select(p => (p.Name, p.Id)).ToList();
        if (apply.Shared.Contract && sellers.Count > 0 && buyers.Count > 0 && apply.Units.Count > 0)
        {
            var price = apply.Facts.TryGetValue("declaredPrice", out var p) && p.TryGetDecimal(out var value) ? value : 0m;
            await feed.RecordContractAsync($"WQ-{apply.Case}-{UnitCode.Normalize(apply.Units[0])[^8..]}", UnitCode.Normalize(apply.Units[0]), price, Application.CaseFlow.OfficeTime.Today(now).AddDays(-7), sellers, buyers, cancellationToken);
        }
    }

    private static string? Fact(ApplyStep apply, string name) =>
        apply.Facts.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task CompleteAsync(IServiceProvider services, CompleteStep complete, string at, CancellationToken cancellationToken)
    {
        if (_numbers[complete.Case] is not { } number)
        {
            Error(complete.Case, $"{at}: the case was not accepted, so there is nothing to decide");
            return;
        }

        var user = UserOf(complete.As, $"{at}.complete.as");
        var decision = DecisionOf(user, complete.Outcome, complete.Opinion, complete.ReturnTo, complete.Reason);
        await using var scope = services.CreateAsyncScope();
        try
        {
            var after = await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(number, user.UserName, user.Roles, decision, complete.Task, cancellationToken);
            _log.Add($"{at}: {user.UserName} {complete.Outcome} on case {number} ({complete.Case}) → {after.Status}");
            await LogIncidentsAsync(scope.ServiceProvider, after, at, cancellationToken);
        }
        catch (Exception e) when (e is DecisionNotAllowedException or DecisionInvalidException or DecisionBlockedException or WorkflowConcurrencyException or WorkflowException or DomainValidationException)
        {
            Error(complete.Case, e.Message);
            _log.Add($"{at}: {user.UserName} could not {complete.Outcome} case {number}: {e.Message}");
        }
    }

    private static DemoUser UserOf(string userName, string at) =>
        DemoUsers.All.FirstOrDefault(u => u.UserName == userName)
            ?? throw new ScenarioFormatException($"{at}: '{userName}' is not a demo user ({string.Join(", ", DemoUsers.All.Select(u => u.UserName))})");

    private static DecisionRequest DecisionOf(DemoUser user, string outcome, string? opinion, string? returnTo, string? reason)
    {
        var kind = outcome switch
        {
            "approve" => DecisionKind.Approve,
            "return" => DecisionKind.Return,
            "reject" => DecisionKind.Reject,
            _ => DecisionKind.Suspend,
        };
        return new DecisionRequest
        {
            Kind = kind,
            Opinion = opinion ?? Application.Examination.OpinionTemplates.For(user.Roles[0], DecisionKind.Approve),
            ReturnTo = returnTo,
            ReasonCode = reason,
        };
    }

    // Resume (恢复办理) and withdrawal (撤回) have no staff use case in the product yet: the runner runs the engine's
    // operation and brings the case along inside one case command, as the product's own commands do.
    private async Task ResumeAsync(IServiceProvider services, ResumeStep resume, string at, CancellationToken cancellationToken)
    {
        var user = UserOf(resume.As, $"{at}.resume.as");
        await EngineCommandAsync(services, resume.Case, at, "resume", (runtime, id, ct) => runtime.ResumeAsync(id, user.UserName, ct), user.UserName, cancellationToken);
    }

    private async Task WithdrawAsync(IServiceProvider services, WithdrawStep withdraw, string at, CancellationToken cancellationToken)
    {
        var user = UserOf(withdraw.As, $"{at}.withdraw.as");
        await EngineCommandAsync(services, withdraw.Case, at, "withdraw", (runtime, id, ct) => runtime.WithdrawAsync(id, user.UserName, "APPLICANT-WITHDREW", withdraw.Reason ?? "申请人撤回登记申请", ct), user.UserName, cancellationToken);
    }

    private async Task EngineCommandAsync(IServiceProvider services, string label, string at, string what, Func<IWorkflowRuntime, Guid, CancellationToken, Task<WorkflowInstance>> operation, string actor, CancellationToken cancellationToken)
    {
        if (_numbers[label] is not { } number)
        {
            Error(label, $"{at}: the case was not accepted, so it cannot {what}");
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        try
        {
            var after = await provider.GetRequiredService<Application.Transactions.ICaseCommandTransaction>().RunAsync(
                async ct =>
                {
                    var registrationCase = await provider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(number), ct);
                    var instance = await operation(provider.GetRequiredService<IWorkflowRuntime>(), registrationCase!.WorkflowInstanceId!.Value, ct);
                    return await provider.GetRequiredService<CaseDecisionService>().SyncAsync(number, instance, actor, ct);
                },
                cancellationToken);
            _log.Add($"{at}: {actor} {what} on case {number} ({label}) → {after.Status}");
        }
        catch (Exception e) when (e is WorkflowException or WorkflowConcurrencyException or DomainValidationException)
        {
            Error(label, e.Message);
            _log.Add($"{at}: {actor} could not {what} case {number}: {e.Message}");
        }
    }

    // Each user's page showed the same open task (its id); the decisions then run at once, each in its own scope and case
    // command. The product must take exactly one and tell the others who decided and when, writing nothing for them.
    private async Task ConcurrentAsync(IServiceProvider services, ScenarioClock clock, ConcurrentStep concurrent, string at, CancellationToken cancellationToken)
    {
        if (_numbers[concurrent.Case] is not { } number)
        {
            Error(concurrent.Case, $"{at}: the case was not accepted, so there is nothing to decide");
            return;
        }

        var users = concurrent.Decisions.Select((d, i) => UserOf(d.As, $"{at}.concurrent.decisions[{i}].as")).ToList();
        var options = new List<DecisionOption>();
        await using (var scope = services.CreateAsyncScope())
        {
            var decisions = scope.ServiceProvider.GetRequiredService<CaseDecisionService>();
            for (var i = 0; i < users.Count; i++)
            {
                var option = await decisions.FindOptionAsync(number, users[i].UserName, users[i].Roles, cancellationToken: cancellationToken);
                if (option is null)
                {
                    Error(concurrent.Case, $"{at}.concurrent.decisions[{i}]: {users[i].UserName} has no open task on case {number} to decide");
                    return;
                }

                options.Add(option);
            }
        }

        using var start = new SemaphoreSlim(0, users.Count);
        var runs = users.Select((user, i) => Task.Run(
            async () =>
            {
                await start.WaitAsync(cancellationToken);
                var d = concurrent.Decisions[i];
                await using var scope = services.CreateAsyncScope();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideTaskAsync(
                        number, user.UserName, user.Roles, DecisionOf(user, d.Outcome, d.Opinion, d.ReturnTo, d.Reason), options[i].Task.NodeId, options[i].Task.Id, cancellationToken);
                    return (User: user.UserName, Refusal: (string?)null);
                }
                catch (Exception e) when (e is DecisionNotAllowedException or DecisionInvalidException or DecisionBlockedException or WorkflowConcurrencyException or WorkflowException or DomainValidationException)
                {
                    return (User: user.UserName, Refusal: (string?)e.Message);
                }
            },
            cancellationToken)).ToList();
        start.Release(users.Count);
        var results = await Task.WhenAll(runs);
        var race = new ScenarioRace(
            options[0].Task.NodeName,
            clock.GetUtcNow().ToOffset(Application.CaseFlow.OfficeTime.Offset),
            [.. results.Where(r => r.Refusal is null).Select(r => r.User)],
            [.. results.Where(r => r.Refusal is not null).Select(r => new ScenarioRaceLoser(r.User, r.Refusal!))]);
        if (!_races.TryGetValue(concurrent.Case, out var list))
        {
            _races[concurrent.Case] = list = [];
        }

        list.Add(race);
        _log.Add($"{at}: {users.Count} decisions on {race.Task} of case {number} at once: taken {string.Join(", ", race.Winners.DefaultIfEmpty("none"))}; refused {string.Join(" | ", race.Losers.Select(l => $"{l.User}: {l.Message}"))}");
    }

    private async Task SignalAsync(IServiceProvider services, SignalStep signal, string at, CancellationToken cancellationToken)
    {
        if (_numbers[signal.Case] is not { } number)
        {
            Error(signal.Case, $"{at}: the case was not accepted, so it cannot receive '{signal.Name}'");
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var registrationCase = await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(number), cancellationToken);
        try
        {
            var instance = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().SignalAsync(registrationCase!.WorkflowInstanceId!.Value, signal.Name, "system", cancellationToken: cancellationToken);
            var after = await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().SyncAsync(number, instance, "system", cancellationToken);
            _log.Add($"{at}: signal '{signal.Name}' reached case {number} ({signal.Case}) → {after.Status}");
            await LogIncidentsAsync(scope.ServiceProvider, after, at, cancellationToken);
        }
        catch (Exception e) when (e is WorkflowException or WorkflowConcurrencyException)
        {
            Error(signal.Case, e.Message);
            _log.Add($"{at}: signal '{signal.Name}' not taken by case {number}: {e.Message}");
        }
    }

    private async Task AdvanceAsync(IServiceProvider services, ScenarioClock clock, AdvanceStep advance, string at, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToOffset(Application.CaseFlow.OfficeTime.Offset);
        DateTimeOffset target;
        if (advance.WorkingDays is { } workingDays)
        {
            var calendar = services.GetRequiredService<IWorkingDayCalendar>();
            var date = calendar.AddWorkingDays(DateOnly.FromDateTime(now.DateTime), workingDays);
            target = new DateTimeOffset(date.ToDateTime(TimeOnly.FromDateTime(now.DateTime)), now.Offset);
        }
        else
        {
            target = advance.To ?? now.AddDays(advance.Days ?? 0).AddHours(advance.Hours ?? 0);
        }

        clock.MoveTo(target);
        int timers;
        await using (var timerScope = services.CreateAsyncScope())
        {
            timers = await timerScope.ServiceProvider.GetRequiredService<Registry.Application.CaseFlow.CaseTimers>().FireDueAsync(cancellationToken: cancellationToken);
        }

        var deadlines = await services.GetRequiredService<IDeadlineSweep>().RunOnceAsync(cancellationToken);
        var expiries = await services.GetRequiredService<IRegisterExpirySweep>().RunOnceAsync(cancellationToken);
        await services.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(cancellationToken);
        _log.Add($"{at}: clock → {target:yyyy-MM-dd HH:mm zzz}; timers fired {timers}; deadline sweep {deadlines}; expiry sweep {expiries}");
        foreach (var (label, number) in _numbers)
        {
            if (number is not null)
            {
                await SyncAsync(services, number, cancellationToken);
            }
        }
    }

    private static async Task SyncAsync(IServiceProvider services, string number, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var registrationCase = await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(number), cancellationToken);
        if (registrationCase?.WorkflowInstanceId is { } id
            && await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindAsync(id, cancellationToken) is { } instance)
        {
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().SyncAsync(number, instance, "system", cancellationToken);
        }
    }

    private async Task<ScenarioReport> ReportAsync(IServiceProvider services, ScenarioFile scenario, ScenarioClock clock, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseRepository>();
        var instances = scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
        var reviews = scope.ServiceProvider.GetRequiredService<IReviewRunStore>();
        var deadlines = scope.ServiceProvider.GetRequiredService<ICaseDeadlineService>();
        var caseReports = new Dictionary<string, CaseReport>(StringComparer.Ordinal);
        foreach (var (label, number) in _numbers)
        {
            var errors = _errors.GetValueOrDefault(label) ?? [];
            if (number is null)
            {
                caseReports[label] = new CaseReport { Type = _types[label], Status = "Refused", Errors = errors };
                continue;
            }

            var registrationCase = (await cases.FindAsync(CaseNumber.Parse(number), cancellationToken))!;
            var instance = registrationCase.WorkflowInstanceId is { } id ? await instances.FindAsync(id, cancellationToken) : null;
            var runs = await reviews.ListForCaseAsync(number, cancellationToken);
            var journal = instance is null ? [] : await instances.ReadJournalAsync(instance.Id, cancellationToken);
            var messages = runs.SelectMany(r => r.Problems)
                .GroupBy(f => f.Finding.RuleCode, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(f => new[] { f.Finding.MessageZh, f.Finding.MessageEn }).OfType<string>().Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);
            var findings = runs
                .SelectMany(r => r.Problems)
                .Select(f => f.Finding.RuleCode)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            CaseDeadlineView? deadline = null;
            try
            {
                deadline = await deadlines.GetRemainingAsync(number, cancellationToken);
            }
            catch (CaseDeadlineNotFoundException)
            {
            }

            caseReports[label] = new CaseReport
            {
                Number = number,
                Type = registrationCase.BusinessType,
                Status = registrationCase.Status.ToString(),
                Nodes = instance?.CurrentNodeIds ?? [],
                Findings = findings,
                FindingMessages = messages,
                Deadline = deadline?.DueAt,
                DeadlineStage = deadline?.Stage.ToString(),
                RemainingWorkingDays = deadline?.RemainingWorkingDays,
                Overdue = deadline is { Stage: DeadlineStage.Red or DeadlineStage.Escalated },
                Certificate = registrationCase.IssuedCertificateNo,
                Errors = errors,
                Incidents = IncidentsOf(instance),
                ClockPaused = deadline?.IsPaused ?? false,
                History = HistoryOf(journal),
                Races = _races.GetValueOrDefault(label) ?? [],
            };
        }

        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
        var unitReports = new SortedDictionary<string, RegisterStateSummary?>(StringComparer.Ordinal);
        foreach (var code in _units.Concat(ScenarioReader.UnitsOf(scenario, scenario.Name)?.Units.Select(u => UnitCode.Normalize(u.Code)) ?? []))
        {
            var register = UnitCode.TryParse(code, out var parsed, out _) ? await repository.FindAsync(parsed!, cancellationToken) : null;
            unitReports[code] = register is null ? null : RegisterStateSummary.From(register.Current);
        }

        return new ScenarioReport
        {
            Name = scenario.Name,
            EndedAt = clock.GetUtcNow().ToOffset(Application.CaseFlow.OfficeTime.Offset),
            Cases = caseReports,
            Units = unitReports,
            Log = [.. _log],
            Failures = [],
        };
    }

    // An automatic step the command ran could not proceed: the case is held with an incident (异常), which the log names.
    private async Task LogIncidentsAsync(IServiceProvider services, Domain.Cases.RegistrationCase registrationCase, string at, CancellationToken cancellationToken)
    {
        if (registrationCase.WorkflowInstanceId is not { } id)
        {
            return;
        }

        var instance = await services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(id, cancellationToken);
        foreach (var incident in IncidentsOf(instance))
        {
            _log.Add($"{at}: incident on case {registrationCase.Number} at {incident.Node} ({incident.NodeName}): {incident.Reason}");
        }
    }

    private static readonly HashSet<JournalAction> HistoryActions =
    [
        JournalAction.Started, JournalAction.Completed, JournalAction.Returned, JournalAction.Signalled, JournalAction.TimerFired,
        JournalAction.Cancelled, JournalAction.Suspended, JournalAction.Resumed, JournalAction.Withdrawn, JournalAction.Ended,
        JournalAction.IncidentRaised, JournalAction.IncidentRetried, JournalAction.IncidentResolved,
    ];

    private static List<ScenarioHistoryEntry> HistoryOf(IReadOnlyList<JournalEntry> journal) =>
        [.. journal.Where(e => HistoryActions.Contains(e.Action))
            .Select(e => new ScenarioHistoryEntry(
                e.At.ToOffset(Application.CaseFlow.OfficeTime.Offset),
                JsonNamingPolicy.CamelCase.ConvertName(e.Action.ToString()),
                e.NodeId,
                e.NodeName,
                e.Actor,
                e.Outcome,
                e.Inputs.GetValueOrDefault("reasonCode"),
                e.Opinion))];

    private static List<ScenarioIncident> IncidentsOf(WorkflowInstance? instance) =>
        instance is null
            ? []
            : [.. instance.OpenBookmarks.Where(b => b.Kind == BookmarkKind.Incident)
                .Select(b => new ScenarioIncident(b.NodeId, b.NodeName, instance.Variables.GetValueOrDefault($"{b.NodeId}.incident") ?? string.Empty))];

    private void Check(ScenarioExpectation expect, ScenarioReport report, string at)
    {
        foreach (var (label, want) in expect.Cases)
        {
            if (!report.Cases.TryGetValue(label, out var got))
            {
                _failures.Add($"{at}.cases.{label}: no such case");
                continue;
            }

            Same($"{at}.cases.{label}.status", want.Status, got.Status);
            if (want.Node is not null && !got.Nodes.Contains(want.Node))
            {
                _failures.Add($"{at}.cases.{label}.node: expected {want.Node}, the case is at {(got.Nodes.Count == 0 ? "no node" : string.Join(", ", got.Nodes))}");
            }

            foreach (var code in want.Findings ?? [])
            {
                if (!got.Findings.Contains(code))
                {
                    _failures.Add($"{at}.cases.{label}.findings: expected {code}, found {(got.Findings.Count == 0 ? "none" : string.Join(", ", got.Findings))}");
                }
            }

            foreach (var code in want.NoFindings ?? [])
            {
                if (got.Findings.Contains(code))
                {
                    _failures.Add($"{at}.cases.{label}.noFindings: {code} fired");
                }
            }

            if (want.Overdue is { } overdue && overdue != got.Overdue)
            {
                _failures.Add($"{at}.cases.{label}.overdue: expected {overdue}, found {got.Overdue} (stage {got.DeadlineStage})");
            }

            if (want.Certificate is { } certificate && certificate != got.Certificate is not null)
            {
                _failures.Add($"{at}.cases.{label}.certificate: expected {(certificate ? "a certificate or certification" : "none")}, found {got.Certificate ?? "none"}");
            }

            foreach (var text in want.FindingMessages ?? [])
            {
                if (!got.FindingMessages.Values.Any(list => list.Any(m => m.Contains(text, StringComparison.Ordinal))))
                {
                    _failures.Add($"{at}.cases.{label}.findingMessages: no finding message contains '{text}' (found: {string.Join(" | ", got.FindingMessages.SelectMany(kv => kv.Value.Select(m => $"{kv.Key}: {m}")))})");
                }
            }

            if (want.Incident is { } incident
                && !got.Incidents.Any(i => (incident.Node is null || i.Node == incident.Node) && (incident.Contains is null || i.Reason.Contains(incident.Contains, StringComparison.Ordinal))))
            {
                _failures.Add($"{at}.cases.{label}.incident: expected an incident{(incident.Node is null ? "" : " at " + incident.Node)}{(incident.Contains is null ? "" : $" containing '{incident.Contains}'")}, found {(got.Incidents.Count == 0 ? "none" : string.Join(" | ", got.Incidents.Select(i => $"{i.Node}: {i.Reason}")))}");
            }

            if (want.Incidents is { } incidents && incidents != got.Incidents.Count)
            {
                _failures.Add($"{at}.cases.{label}.incidents: expected {incidents} open incident(s), found {got.Incidents.Count}{(got.Incidents.Count == 0 ? "" : ": " + string.Join(" | ", got.Incidents.Select(i => $"{i.Node}: {i.Reason}")))}");
            }

            CheckHistory($"{at}.cases.{label}.history", want.History, got.History);
            if (want.Deadline is { } due)
            {
                var gotDue = got.Deadline is { } d ? DateOnly.FromDateTime(d.ToOffset(Application.CaseFlow.OfficeTime.Offset).DateTime) : (DateOnly?)null;
                if (gotDue != due)
                {
                    _failures.Add($"{at}.cases.{label}.deadline: expected {due:yyyy-MM-dd}, found {(gotDue is { } g ? g.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "no open deadline")}");
                }
            }

            if (want.ClockPaused is { } paused && paused != got.ClockPaused)
            {
                _failures.Add($"{at}.cases.{label}.clockPaused: expected {paused}, found {got.ClockPaused}");
            }

            if (want.CertificateNumber is { } certificateNumber && !(got.Certificate ?? "").Contains(certificateNumber, StringComparison.Ordinal))
            {
                _failures.Add($"{at}.cases.{label}.certificateNumber: expected a number containing '{certificateNumber}', found {got.Certificate ?? "none"}");
            }

            CheckRace($"{at}.cases.{label}.race", want.Race, got.Races);
            if (want.Error is { } error && !got.Errors.Any(e => e.Contains(error, StringComparison.Ordinal)))
            {
                _failures.Add($"{at}.cases.{label}.error: expected a refusal containing '{error}', found {(got.Errors.Count == 0 ? "none" : string.Join(" | ", got.Errors))}");
            }
        }

        foreach (var (code, want) in expect.Units)
        {
            var key = UnitCode.Normalize(code);
            var got = report.Units.GetValueOrDefault(key);
            if (got is null)
            {
                _failures.Add($"{at}.units.{code}: the unit is not in the register");
                continue;
            }

            SameList($"{at}.units.{code}.owners", want.Owners, got.Ownership?.Holders.Select(h => h.Name).ToList() ?? []);
            SameList($"{at}.units.{code}.shares", want.Shares, got.Ownership?.Holders.Select(h => h.Share ?? "").ToList() ?? []);
            Same($"{at}.units.{code}.mortgages", want.Mortgages?.ToString(CultureInfo.InvariantCulture), got.Mortgages.Count.ToString(CultureInfo.InvariantCulture));
            SameList($"{at}.units.{code}.mortgagees", want.Mortgagees, got.Mortgages.Select(m => m.Mortgagee).ToList());
            CheckMortgages($"{at}.units.{code}.mortgageEntries", want.MortgageEntries, got.Mortgages);
            Same($"{at}.units.{code}.activeSeizure", want.ActiveSeizure, got.ActiveSeizure?.RulingNumber ?? "");
            SameList($"{at}.units.{code}.waitingSeizures", want.WaitingSeizures, got.WaitingSeizures.Select(s => s.RulingNumber).ToList());
            Same($"{at}.units.{code}.activeSeizureTerm", want.ActiveSeizureTerm,
                got.ActiveSeizure is { } active ? $"{active.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{active.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "");
            SameList($"{at}.units.{code}.waitingSeizureTerms", want.WaitingSeizureTerms, [.. got.WaitingSeizures.Select(Term)]);
            if (want.CertificateNumber is { } number
                && (number.Length == 0 ? got.Ownership?.CertificateNumber is not null : !(got.Ownership?.CertificateNumber ?? "").Contains(number, StringComparison.Ordinal)))
            {
                _failures.Add($"{at}.units.{code}.certificateNumber: expected {(number.Length == 0 ? "none" : $"a number containing '{number}'")}, found {got.Ownership?.CertificateNumber ?? "none"}");
            }

            Same($"{at}.units.{code}.preNotices", want.PreNotices?.ToString(CultureInfo.InvariantCulture), got.PreNotices.Count.ToString(CultureInfo.InvariantCulture));
            Same($"{at}.units.{code}.objections", want.Objections?.ToString(CultureInfo.InvariantCulture), got.Objections.Count.ToString(CultureInfo.InvariantCulture));
            Same($"{at}.units.{code}.rightType", want.RightType, got.Ownership?.RightType ?? "");
            Same($"{at}.units.{code}.coOwnership", want.CoOwnership, got.Ownership?.CoOwnership ?? "");
        }
    }

    private static string Term(RegisterStateSummary.SeizureState seizure) =>
        $"{seizure.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{seizure.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    // The expected entries must be found in order; other entries may come between them.
    private void CheckHistory(string path, IReadOnlyList<HistoryExpectation>? want, IReadOnlyList<ScenarioHistoryEntry> got)
    {
        if (want is null)
        {
            return;
        }

        var from = 0;
        for (var i = 0; i < want.Count; i++)
        {
            var w = want[i];
            var found = -1;
            for (var j = from; j < got.Count && found < 0; j++)
            {
                var g = got[j];
                if ((w.Action is null || w.Action == g.Action) && (w.Node is null || w.Node == g.Node) && (w.By is null || w.By == g.By)
                    && (w.Outcome is null || w.Outcome == g.Outcome) && (w.Reason is null || w.Reason == g.Reason)
                    && (w.Opinion is null || (g.Opinion ?? "").Contains(w.Opinion, StringComparison.Ordinal)))
                {
                    found = j;
                }
            }

            if (found < 0)
            {
                var named = string.Join(", ", new[] { ("action", w.Action), ("node", w.Node), ("by", w.By), ("outcome", w.Outcome), ("reason", w.Reason), ("opinion", w.Opinion) }
                    .Where(f => f.Item2 is not null).Select(f => $"{f.Item1} {f.Item2}"));
                var rest = got.Skip(from).Select(g => $"{g.Action} {g.Node ?? "-"} by {g.By}{(g.Outcome is null ? "" : " " + g.Outcome)}{(g.Reason is null ? "" : " (" + g.Reason + ")")}");
                _failures.Add($"{path}[{i}]: no entry with {named}{(from == 0 ? "" : " after the previous match")} (history{(from == 0 ? "" : " from there")}: {string.Join("; ", rest.DefaultIfEmpty("none"))})");
                return;
            }

            from = found + 1;
        }
    }

    private void CheckRace(string path, RaceExpectation? want, IReadOnlyList<ScenarioRace> got)
    {
        if (want is null)
        {
            return;
        }

        if (got.Count == 0)
        {
            _failures.Add($"{path}: the case had no concurrent decisions");
            return;
        }

        foreach (var race in got)
        {
            if (want.Winners is { } winners && winners != race.Winners.Count)
            {
                _failures.Add($"{path}: expected {winners} decision(s) taken on {race.Task}, found {race.Winners.Count} ({string.Join(", ", race.Winners.DefaultIfEmpty("none"))})");
            }

            foreach (var loser in race.Losers)
            {
                if (want.LoserToldWhoAndWhen == true)
                {
                    var time = race.At.ToString("HH:mm", CultureInfo.InvariantCulture);
                    var named = race.Winners.Any(w => loser.Message.Contains(w, StringComparison.Ordinal)
                        || (DemoUsers.All.FirstOrDefault(u => u.UserName == w) is { } user && loser.Message.Contains(user.DisplayName, StringComparison.Ordinal)));
                    if (!named || !loser.Message.Contains(time, StringComparison.Ordinal))
                    {
                        _failures.Add($"{path}: {loser.User} was not told who decided ({string.Join(", ", race.Winners)}) and when ({time}): '{loser.Message}'");
                    }
                }

                if (want.Contains is { } text && !loser.Message.Contains(text, StringComparison.Ordinal))
                {
                    _failures.Add($"{path}: {loser.User}'s refusal does not contain '{text}': '{loser.Message}'");
                }
            }
        }
    }

    private void CheckMortgages(string path, IReadOnlyList<MortgageExpectation>? want, IReadOnlyList<RegisterStateSummary.MortgageState> got)
    {
        if (want is null)
        {
            return;
        }

        if (want.Count != got.Count)
        {
            _failures.Add($"{path}: expected {want.Count} mortgage(s), found {got.Count}");
            return;
        }

        for (var i = 0; i < want.Count; i++)
        {
            var (w, g, at) = (want[i], got[i], $"{path}[{i}]");
            Same($"{at}.mortgagee", w.Mortgagee, g.Mortgagee);
            SameList($"{at}.mortgagors", w.Mortgagors, g.Mortgagors);
            Same($"{at}.kind", w.Kind, g.Kind);
            Same($"{at}.amount", w.Amount?.ToString("0.00", CultureInfo.InvariantCulture), g.Amount.ToString("0.00", CultureInfo.InvariantCulture));
            Same($"{at}.debtStart", w.DebtStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.DebtStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Same($"{at}.debtEnd", w.DebtEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.DebtEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Same($"{at}.transferRestricted", w.TransferRestricted?.ToString(), g.TransferRestricted.ToString());
        }
    }

    private void Same(string path, string? want, string got)
    {
        if (want is not null && !string.Equals(want, got, StringComparison.Ordinal))
        {
            _failures.Add($"{path}: expected {want}, found {got}");
        }
    }

    private void SameList(string path, IReadOnlyList<string>? want, IReadOnlyList<string> got)
    {
        if (want is not null && !want.SequenceEqual(got, StringComparer.Ordinal))
        {
            _failures.Add($"{path}: expected [{string.Join(", ", want)}], found [{string.Join(", ", got)}]");
        }
    }

    private void Error(string label, string message)
    {
        if (!_errors.TryGetValue(label, out var list))
        {
            _errors[label] = list = [];
        }

        list.Add(message);
    }
}
