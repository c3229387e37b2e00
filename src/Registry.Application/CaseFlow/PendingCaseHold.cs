using System.Collections.ObjectModel;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Catalogue;
using Registry.Application.Examination;
using Registry.Application.Notifications;
using Registry.Application.Recording;
using Registry.Domain.Cases;
using Registry.Domain.Register;
using Registry.Workflows.Runtime;

namespace Registry.Application.CaseFlow;

/// <summary>
/// A restriction recorded on a unit (seizure 查封, pre-notice 预告, objection 异议) stops the disposals pending on that unit
/// before they can reach the register: each such case is suspended (中止) with the restriction named, in the same
/// transaction as the restriction's recording, and its examiners are told in their inbox. Resuming it is an examiner's
/// decision; if the restriction still stands, the booking re-check blocks it again.
/// </summary>
internal static class PendingCaseHold
{
    public const string ReasonCode = "RESTRICTION_RECORDED";

    // Kinds that dispose of the unit or encumber it; a release, a correction or another seizure is not held.
    private static readonly HashSet<string> DisposalKinds = new(StringComparer.Ordinal) { "Transfer", "Combined", "PreNotice", "Purchase", "PurchaseMortgage", "General", "MaximumAmount", "Mortgage" };

    public static async Task HoldAsync(IServiceProvider services, RegistrationCase recording, RecordingResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var restrictions = result.Outcomes
            .SelectMany(o => o.Appended.Select(e => (o.Unit, Entry: e)))
            .Where(x => x.Entry is SeizureEntry or PreNoticeEntry or ObjectionEntry)
            .ToList();
        if (restrictions.Count == 0)
        {
            return;
        }

        var cases = services.GetRequiredService<ICaseRepository>();
        var catalogue = services.GetRequiredService<IBusinessTypeCatalogue>();
        var runtime = services.GetRequiredService<IWorkflowRuntime>();
        var decisions = services.GetRequiredService<CaseDecisionService>();
        var outbox = services.GetService<INotificationOutbox>();
        foreach (var (unit, entry) in restrictions)
        {
            var (name, reference) = Describe(entry);
            foreach (var open in await cases.FindOpenOnUnitAsync(unit, recording.Number, cancellationToken))
            {
                if (!catalogue.TryFind(open.BusinessType, out var type) || type is null || !DisposalKinds.Contains(type.Kind) || open.Status == CaseStatus.Suspended)
                {
                    continue;
                }

                var pending = await cases.FindAsync(Domain.Codes.CaseNumber.Parse(open.CaseNumber), cancellationToken);
                if (pending?.WorkflowInstanceId is not { } instanceId)
                {
                    continue;
                }

                var text = $"单元 {unit.Value} 已登记{name}（{reference}，业务件 {recording.Number}），本业务中止办理";
                var after = await runtime.SuspendAsync(instanceId, "system", ReasonCode, text, cancellationToken);
                await decisions.SyncAsync(open.CaseNumber, after, "system", cancellationToken);
                if (outbox is not null)
                {
                    var parameters = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>
                    {
                        ["unitCode"] = unit.Value,
                        ["restriction"] = name,
                        ["reference"] = reference,
                        ["byCase"] = recording.Number.Value,
                        ["caseNumber"] = open.CaseNumber,
                        ["businessType"] = type.Name.Zh,
                    });
                    foreach (var role in after.ClosedBookmarks.Select(c => c.Bookmark.Role).Concat(after.OpenBookmarks.Select(b => b.Role)).OfType<string>().Distinct())
                    {
                        await outbox.EnqueueAsync(
                            OutboxMessage.Create(NotificationChannel.InApp, $"role:{role}", NotificationTemplates.CaseHeldByRestriction, parameters, $"held:{open.CaseNumber}:{entry.Id}:{role}")
                                with { CaseNumber = open.CaseNumber },
                            cancellationToken);
                    }
                }
            }
        }
    }

    private static (string Name, string Reference) Describe(RegisterEntry entry) => entry switch
    {
        SeizureEntry s => (s.State == SeizureState.Active ? "查封" : "轮候查封", $"{s.Authority} {s.RulingNumber}"),
        PreNoticeEntry p => ("预告登记", p.CaseNumber.Value),
        ObjectionEntry o => ("异议登记", o.CaseNumber.Value),
        _ => (entry.GetType().Name, entry.CaseNumber.Value),
    };
}
