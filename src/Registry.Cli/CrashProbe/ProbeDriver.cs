using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Application.CaseFlow;
using Registry.Application.Cases;
using Registry.Application.Examination;
using Registry.Application.Intake;
using Registry.Application.Recording;
using Registry.Application.Register;
using Registry.Application.Security;
using Registry.Application.SharedData;
using Registry.Domain;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.Scheduling.Notifications;
using Registry.Workflows.Runtime;

namespace Registry.Cli.CrashProbe;

/// <summary>What one step of a case did.</summary>
internal enum ProbeStep
{
    Moved,
    Ended,
    Waiting,
    Stuck,
}

/// <summary>
/// Works cases through the services the web pages call: acceptance (<see cref="AcceptanceService"/>), task decisions
/// (<see cref="CaseDecisionService.DecideTaskAsync"/>), signals (<see cref="ICaseSignals"/>) and incidents
/// (<see cref="CaseIncidents"/>), each in its own scope as a page's request would be; the outbox is dispatched after
/// every command as the outbox job would.
/// </summary>
internal sealed class ProbeDriver(IServiceProvider services, Random random)
{
    public const string BusinessType = "HouseTransferResale";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];

    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平"];

    /// <summary>Why the last step was stuck.</summary>
    public string? StuckReason { get; private set; }

    /// <summary>Probability of a return (退回) at a task that offers one.</summary>
    public double ReturnRate { get; init; } = 0.08;

    /// <summary>Probability of a refusal (不予登记) at a task that offers one.</summary>
    public double RejectRate { get; init; } = 0.03;

    /// <summary>Unit codes the probe prepares: household <paramref name="i"/> of a generated estate.</summary>
    public static string UnitCodeOf(int i) => string.Create(CultureInfo.InvariantCulture, $"340121001001GB{1 + (i / 100):D5}F{1 + (i / 10 % 10):D4}{1 + (i % 10):D4}");

    /// <summary>Writes <paramref name="count"/> units with one recorded owner each (their entries are booked under earlier case numbers that are no cases).</summary>
    public static async Task<IReadOnlyList<string>> PrepareAsync(IServiceProvider services, int count, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var office = services.GetRequiredService<IOptions<OfficeOptions>>().Value;
        var applier = services.GetRequiredService<IRegisterEffectApplier>();
        var random = new Random(17);
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var code = UnitCode.Parse(UnitCodeOf(i), "unit");
            var book = UnitRegister.Open(new ImmovableUnit(code, UnitKind.Household, $"长丰县水湖镇试验小区{i + 1}号", "住宅", 89.5m));
            var caseNumber = CaseNumber.Create(office.DivisionCode, DateOnly.FromDateTime(before.Date), i + 1);
            applier.Apply([book], [new Application.Recording.Effects.CreateOwnership(code.Value, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec(NameOf(random), IdOf(random))])],
                new RecordingContext(caseNumber, before, before));
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book, cancellationToken);
            numbers.Add(caseNumber.Value);
        }

        return numbers;
    }

    /// <summary>Accepts a second-hand transfer of <paramref name="unit"/> from its recorded owner to a new buyer, with the shared data a counter would find.</summary>
    public async Task<string> AcceptTransferAsync(string unit, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var register = await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(UnitCode.Parse(unit, "unit"), cancellationToken)
            ?? throw new InvalidOperationException($"unit {unit} is not in the register");
        var owner = register.Current.Ownership?.Holders[0].Party ?? throw new InvalidOperationException($"unit {unit} has no owner");
        var (buyer, buyerId) = (NameOf(random), IdOf(random));
        var price = 800_000m + random.Next(0, 80) * 10_000m;
        var feed = services.GetRequiredService<ISharedDataFeed>();
        foreach (var (name, id) in new[] { (owner.Name, owner.IdNumber), (buyer, buyerId) })
        {
            await feed.RecordIdentityAsync(name, id, cancellationToken);
            await feed.RecordMarriageAsync(id, "Unmarried", cancellationToken: cancellationToken);
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await feed.RecordContractAsync($"WQ-{Guid.NewGuid():N}"[..20], unit, price, OfficeTime.Today(now).AddDays(-7), [(owner.Name, owner.IdNumber)], [(buyer, buyerId)], cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(
            new AcceptanceRequest
            {
                BusinessType = BusinessType,
                Units = [unit],
                // Mobile numbers as the counter takes them: the applicants' notices (accepted, certificate ready) go out
                // through the outbox, whose delivery points the harness kills at.
                Parties =
                [
                    new AcceptanceParty("Transferor", owner.Name, owner.IdNumber, null, Mobile: MobileOf(random)),
                    new AcceptanceParty("Transferee", buyer, buyerId, null, Mobile: MobileOf(random)),
                ],
                Facts = new Dictionary<string, string> { ["declaredPrice"] = price.ToString(CultureInfo.InvariantCulture), ["coOwnership"] = "Sole" },
                Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT"],
            },
            "acceptor",
            cancellationToken);
        var number = result.Case.Number.Value;
        await feed.RecordTaxPaymentAsync(number, decimal.Round(price * 0.01m, 2), $"税票{number[^6..]}", cancellationToken);
        await DispatchAsync(cancellationToken);
        return number;
    }

    /// <summary>Moves <paramref name="caseNumber"/> on by one command, as the person holding its open task would.</summary>
    public async Task<ProbeStep> StepAsync(string caseNumber, CancellationToken cancellationToken)
    {
        StuckReason = null;
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var registrationCase = await sp.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(caseNumber), cancellationToken);
        if (registrationCase is null)
        {
            return Stuck($"case {caseNumber} does not exist");
        }

        if (!registrationCase.IsOpen)
        {
            return ProbeStep.Ended;
        }

        if (registrationCase.WorkflowInstanceId is not { } instanceId
            || await sp.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instanceId, cancellationToken) is not { } instance)
        {
            return Stuck($"open case {caseNumber} ({registrationCase.Status}) has no workflow instance");
        }

        var open = instance.OpenBookmarks;
        var incident = open.FirstOrDefault(b => b.Kind == BookmarkKind.Incident);
        var task = open.FirstOrDefault(b => b.Kind == BookmarkKind.HumanTask);
        var signal = open.FirstOrDefault(b => b.Kind == BookmarkKind.Signal);
        try
        {
            if (incident is not null)
            {
                var incidents = sp.GetRequiredService<CaseIncidents>();
                if (random.NextDouble() < 0.5)
                {
                    await incidents.RetryAsync(caseNumber, incident.Id, "approver", [RegistryRoles.Approver], cancellationToken);
                }
                else
                {
                    await incidents.RejectAsync(caseNumber, incident.Id, "approver", [RegistryRoles.Approver], "登簿时登记簿拒绝记载，不予登记（测试）", cancellationToken);
                }
            }
            else if (task is not null)
            {
                await DecideAsync(sp, caseNumber, task, cancellationToken);
            }
            else if (signal is not null)
            {
                await sp.GetRequiredService<ICaseSignals>().ConfirmAsync(caseNumber, signal.SignalName!, "acceptor", [RegistryRoles.Acceptor], cancellationToken);
            }
            else if (open.Any(b => b.Kind == BookmarkKind.Timer))
            {
                return ProbeStep.Waiting;
            }
            else
            {
                return Stuck($"open case {caseNumber} ({registrationCase.Status}, instance {instance.Status}) has no open task, signal, timer or incident");
            }
        }
        catch (Exception e) when (e is TaskAlreadyCompletedException or TaskClaimedException or SignalRefusedException)
        {
            // Someone else moved it: still moving.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // What a page would show as an error instead of moving the case on.
            return Stuck($"{task?.NodeId ?? signal?.SignalName ?? incident?.NodeId}: {e.GetType().Name}: {e.Message}");
        }

        await DispatchAsync(cancellationToken);
        return ProbeStep.Moved;
    }

    /// <summary>Dispatches the due outbox messages (what the outbox job does every few seconds).</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken) =>
        await services.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(cancellationToken);

    private async Task DecideAsync(IServiceProvider sp, string caseNumber, Bookmark task, CancellationToken cancellationToken)
    {
        var user = DemoUsers.All.FirstOrDefault(u => task.Role is not null && u.Roles.Contains(task.Role))
            ?? throw new InvalidOperationException($"no demo user holds role {task.Role}");
        var decisions = sp.GetRequiredService<CaseDecisionService>();
        var option = await decisions.FindOptionAsync(caseNumber, user.UserName, user.Roles, task.NodeId, cancellationToken);
        var roll = random.NextDouble();
        var request = new DecisionRequest { Kind = DecisionKind.Approve, Opinion = OpinionTemplates.For(user.Roles[0], DecisionKind.Approve) is { Length: > 0 } t ? t : "同意。" };
        if (option is not null && roll < ReturnRate && option.Context.AllowedKinds.Contains(DecisionKind.Return) && option.Context.ReturnTargets.Count > 0)
        {
            request = new DecisionRequest { Kind = DecisionKind.Return, Opinion = "申请材料需补正：请补充说明。", ReturnTo = option.Context.ReturnTargets[0].NodeId, ReasonCode = "MATERIALS-INCOMPLETE" };
        }
        else if (option is not null && roll < ReturnRate + RejectRate && option.Context.AllowedKinds.Contains(DecisionKind.Reject))
        {
            request = Reject("ART22-1");
        }

        try
        {
            await decisions.DecideTaskAsync(caseNumber, user.UserName, user.Roles, request, task.NodeId, task.Id, cancellationToken);
        }
        catch (DecisionBlockedException)
        {
            // A block stands: the approver refuses instead (the decision form offers return, reject or suspend).
            await decisions.DecideTaskAsync(caseNumber, user.UserName, user.Roles, Reject("ART22-4"), task.NodeId, task.Id, cancellationToken);
        }
    }

    private static DecisionRequest Reject(string ground) =>
        new() { Kind = DecisionKind.Reject, Opinion = "经审查，该申请存在下列情形，不予登记：测试。", ReasonCode = ground };

    private ProbeStep Stuck(string reason)
    {
        StuckReason = reason;
        return ProbeStep.Stuck;
    }

    internal static string NameOf(Random random) => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)] + Given[random.Next(Given.Length)];

    /// <summary>A valid resident ID number (GB 11643: region, birth date, sequence, ISO 7064 MOD 11-2 check).</summary>
    /// <summary>A mainland mobile number, 139 and eight digits.</summary>
    internal static string MobileOf(Random random) => string.Create(CultureInfo.InvariantCulture, $"139{random.Next(0, 100_000_000):D8}");

    internal static string IdOf(Random random)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 40 * 365));
        var body = string.Create(CultureInfo.InvariantCulture, $"340121{birth:yyyyMMdd}{random.Next(0, 1000):D3}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }
}
