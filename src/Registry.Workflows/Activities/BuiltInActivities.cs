using System.Collections.Immutable;
using Registry.Workflows.Definitions;

namespace Registry.Workflows.Activities;

/// <summary>How the engine builds a node's activity once its inputs have been checked against the descriptor.</summary>
internal delegate Activity ActivityFactory(NodeDefinition node, NodeInputs inputs, WorkflowDefinition definition);

/// <summary>The engine's own node kinds: their descriptors and how each is built. Registration kinds are not here.</summary>
internal static class BuiltInActivities
{
    private static readonly ImmutableArray<string> None = [];

    public static ImmutableArray<(ActivityDescriptor Descriptor, ActivityFactory Factory)> All { get; } =
    [
        (Describe(
            ActivityKinds.HumanTask, "人工任务", "Human task", "tasks", "person",
            [Outcomes.Approve, Outcomes.Return, Outcomes.Reject, Outcomes.Suspend],
            "由某一角色的人员办理并给出结果（通过、退回、不予通过、中止）", "A person of a role completes it with an outcome (approve, return, reject, suspend)",
            Input("role", InputType.Text, false, None, PickerSource.Roles, "办理该任务的角色（与候选组至少填一项）", "The role that works on the task (give it or a candidate group)"),
            Input("candidateGroup", InputType.Text, false, None, PickerSource.Roles, "候选组（可代替角色）", "A candidate group (instead of a role)"),
            Input("outcomes", InputType.TextList, true, [Outcomes.Approve, Outcomes.Return, Outcomes.Reject, Outcomes.Suspend], PickerSource.None, "允许的办理结果", "The outcomes the task allows"),
            Input("opinionRequired", InputType.Boolean, false, None, PickerSource.None, "是否必须填写意见", "Whether an opinion is required"),
            Input("formFields", InputType.TextList, false, None, PickerSource.None, "办理时写入流程变量的表单字段", "Form fields the decision copies into variables")),
         (node, inputs, _) => new HumanTaskActivity(node, inputs)),
        (Describe(
            ActivityKinds.RuleCheck, "规则检查", "Rule check", "automation", "rule",
            [Outcomes.Pass, Outcomes.Warn, Outcomes.Block],
            "运行规则集，按通过、警示、阻断分支", "Runs a rule set and routes by pass, warn or block",
            Input("ruleSet", InputType.Text, true, None, PickerSource.RuleSets, "要运行的已发布规则集", "The published rule set to run")),
         (node, inputs, _) => new RuleCheckActivity(node, inputs)),
        (Describe(
            ActivityKinds.AutoDecision, "自动核准", "Auto decision", "automation", "bolt",
            [Outcomes.Approve, Outcomes.Manual],
            "规则集全部通过且无警示时自动核准，否则转人工", "Approves when the rule set fully passes, otherwise routes to a person",
            Input("ruleSet", InputType.Text, true, None, PickerSource.RuleSets, "判断能否自动核准的已发布规则集", "The published rule set that decides automatic approval")),
         (node, inputs, _) => new AutoDecisionActivity(node, inputs)),
        (Describe(
            ActivityKinds.ParallelSplit, "并行分支", "Parallel split", "flow", "call_split",
            [Outcomes.Done],
            "同时开始所有条件成立的分支", "Starts every outgoing branch whose condition holds"),
         (node, _, _) => new ParallelSplitActivity(node)),
        (Describe(
            ActivityKinds.Join, "汇合", "Join", "flow", "call_merge",
            [Outcomes.Done],
            "所有进入的分支到达后继续一次", "Continues once every incoming branch has arrived"),
         (node, _, definition) => new JoinActivity(node, definition.Transitions.Where(t => t.To == node.Id).Select(t => t.From).Distinct(StringComparer.Ordinal).ToList())),
        (Describe(
            ActivityKinds.Wait, "等待", "Wait", "flow", "hourglass_empty",
            [Outcomes.Done, Outcomes.Timeout],
            "等待外部信号或到期时间（信号、时长、工作日数或变量给出的时刻至少一项）", "Waits for a signal or a due time (a signal, a duration, working days or a due variable)",
            Input("signal", InputType.Text, false, None, PickerSource.Signals, "等待的外部信号名，如 tax-paid", "The external signal awaited, e.g. tax-paid"),
            Input("after", InputType.Duration, false, None, PickerSource.None, "到期时长（ISO 8601，如 P15D、PT48H）", "Due after a duration (ISO 8601, e.g. P15D, PT48H)"),
            Input("afterWorkingDays", InputType.PositiveInteger, false, None, PickerSource.None, "到期工作日数（按办公日历）", "Due after this many working days (office calendar)"),
            Input("dueVariable", InputType.Text, false, None, PickerSource.None, "保存到期时刻的流程变量", "A variable holding the due instant"),
            Input("clockEffect", InputType.Text, false, ["running", "paused"], PickerSource.None, "等待期间办理时限是否计时（paused：暂停计时）", "Whether the time limit runs while waiting (paused stops it)")),
         (node, inputs, _) => new WaitActivity(node, inputs)),
        (Describe(
            ActivityKinds.Notify, "通知", "Notify", "automation", "notifications",
            [Outcomes.Done],
            "按模板发送通知", "Sends a notification by template",
            Input("template", InputType.Text, true, None, PickerSource.None, "通知模板名", "The notification template")),
         (node, inputs, _) => new NotifyActivity(node, inputs)),
        (Describe(
            ActivityKinds.End, "结束", "End", "flow", "stop_circle",
            None,
            "结束流程实例（办结、不予登记或撤回）", "Ends the instance (completed, rejected or withdrawn)",
            Input("result", InputType.Text, false, ["completed", "rejected", "withdrawn"], PickerSource.None, "结束方式，默认 completed", "How the instance ends; completed by default")),
         (node, inputs, _) => new EndActivity(node, inputs)),
    ];

    private static ActivityDescriptor Describe(string kind, string zh, string en, string category, string icon, ImmutableArray<string> outcomes, string descriptionZh, string descriptionEn, params InputDescriptor[] inputs) =>
        new(kind, new LocalizedText(zh, en), category, icon, [.. inputs], outcomes, new LocalizedText(descriptionZh, descriptionEn));

    private static InputDescriptor Input(string name, InputType type, bool required, ImmutableArray<string> allowed, PickerSource picker, string helpZh, string helpEn) =>
        new(name, type, required, allowed, picker, new LocalizedText(helpZh, helpEn));
}
