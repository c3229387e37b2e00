using System.Globalization;
using System.Text;

namespace Registry.Workflows.Journal;

/// <summary>Renders a journal as plain Chinese text, one line per entry: <c>2025-09-26 10:42 张三 完成 初审：通过 — 意见…</c>.</summary>
public sealed class JournalTextRenderer
{
    private readonly TimeSpan _offset;

    /// <summary>Creates a renderer.</summary>
    /// <param name="displayOffset">The offset to show times in (+08:00 for China Standard Time).</param>
    public JournalTextRenderer(TimeSpan displayOffset) => _offset = displayOffset;

    /// <summary>Renders entries, one per line.</summary>
    /// <param name="entries">The entries in order.</param>
    /// <returns>The text.</returns>
    public string Render(IEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            text.Append(RenderLine(entry)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Renders one entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>One line without a line break.</returns>
    public string RenderLine(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var line = new StringBuilder();
        line.Append(entry.At.ToOffset(_offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .Append(' ').Append(entry.Actor)
            .Append(' ').Append(Verb(entry.Action));
        if (entry.NodeName is not null)
        {
            line.Append(' ').Append(entry.NodeName);
        }

        if (entry.Outcome is not null)
        {
            line.Append('：').Append(OutcomeText(entry.Outcome));
        }

        if (entry.Inputs.TryGetValue("returnTo", out var returnTo))
        {
            line.Append("（退回至 ").Append(returnTo).Append('）');
        }

        if (!string.IsNullOrEmpty(entry.Opinion))
        {
            line.Append(" — ").Append(entry.Opinion);
        }

        if (entry.RuleResultReference is not null)
        {
            line.Append(" [规则结果 ").Append(entry.RuleResultReference).Append(']');
        }

        return line.ToString();
    }

    private static string Verb(JournalAction action) => action switch
    {
        JournalAction.Started => "启动",
        JournalAction.Activated => "到达",
        JournalAction.Completed => "完成",
        JournalAction.Returned => "退回",
        JournalAction.Executed => "执行",
        JournalAction.Signalled => "收到信号",
        JournalAction.TimerFired => "到期",
        JournalAction.Cancelled => "取消",
        JournalAction.Suspended => "中止",
        JournalAction.Resumed => "恢复",
        JournalAction.Withdrawn => "撤回",
        JournalAction.Migrated => "迁移",
        JournalAction.Ended => "结束",
        JournalAction.Claimed => "签收",
        JournalAction.Released => "释放",
        JournalAction.Reassigned => "转办",
        _ => action.ToString(),
    };

    private static string OutcomeText(string outcome) => outcome switch
    {
        "approve" => "通过",
        "return" => "退回",
        "reject" => "不予通过",
        "suspend" => "中止",
        "pass" => "通过",
        "warn" => "警示",
        "block" => "阻断",
        "manual" => "转人工",
        "done" => "完成",
        "timeout" => "超时",
        "cancelled" => "已取消",
        "completed" => "办结",
        "rejected" => "不予登记",
        "withdrawn" => "已撤回",
        _ => outcome,
    };
}
