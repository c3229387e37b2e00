using Registry.Application.Deadlines;

namespace Registry.Application.Worklist;

/// <summary>Which tasks a worklist shows (one tab each).</summary>
public enum WorklistView
{
    /// <summary>我的待办: tasks I have claimed.</summary>
    Mine,

    /// <summary>组内待领: unclaimed tasks of my roles.</summary>
    Group,

    /// <summary>已办: tasks I completed or returned, newest first (from the engine's journal).</summary>
    Done,

    /// <summary>已超期: open tasks I may work on (mine or my roles' unclaimed) whose case is past its statutory deadline.</summary>
    Overdue,

    /// <summary>Cases held at an automatic step that could not proceed (异常), for the roles that may retry or refuse them.</summary>
    Incidents,
}

/// <summary>A worklist request.</summary>
/// <param name="View">The tab.</param>
/// <param name="Search">Case number (digits: prefix), unit code (letters and digits: prefix) or party name (prefix); null for all.</param>
/// <param name="BusinessType">Only cases of this business type code, or null.</param>
/// <param name="Page">Zero-based page.</param>
/// <param name="PageSize">Rows per page (1–100).</param>
public sealed record WorklistQuery(WorklistView View, string? Search = null, string? BusinessType = null, int Page = 0, int PageSize = 20);

/// <summary>One row of the worklist: the task, its case and the case's statutory clock.</summary>
/// <param name="InstanceId">The workflow instance.</param>
/// <param name="TaskId">The task's bookmark id (empty on the done tab: a finished task cannot be claimed).</param>
/// <param name="CaseNumber">The case number (业务号).</param>
/// <param name="BusinessType">The business type code.</param>
/// <param name="BusinessTypeName">The business type's name in the current UI culture.</param>
/// <param name="Step">The step's display name.</param>
/// <param name="Role">The role the step needs.</param>
/// <param name="Assignee">Who claimed it.</param>
/// <param name="WaitingSince">When the task opened; on the done tab, when I completed it.</param>
/// <param name="Units">Unit codes in case order; the console joins them in its language, as it does the parties.</param>
/// <param name="Parties">Party names in case order, without repeats; the console joins them in its language (甲、乙 / "A, B").</param>
/// <param name="Stage">The deadline's colour, or null without a statutory clock.</param>
/// <param name="RemainingWorkingDays">Working days left.</param>
/// <param name="DueAt">The statutory due instant.</param>
/// <param name="Outcome">On the done tab: the outcome I chose (approve, return…).</param>
/// <param name="DeadlineIsProvisional">The due date was counted on a year whose official calendar is not loaded (暂定).</param>
public sealed record WorklistItem(
    Guid InstanceId,
    string TaskId,
    string CaseNumber,
    string BusinessType,
    string BusinessTypeName,
    string Step,
    string? Role,
    string? Assignee,
    DateTimeOffset WaitingSince,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Parties,
    DeadlineStage? Stage,
    int? RemainingWorkingDays,
    DateTimeOffset? DueAt,
    string? Outcome = null,
    bool DeadlineIsProvisional = false);

/// <summary>A page of the worklist with the total count.</summary>
/// <param name="Items">The rows.</param>
/// <param name="Total">How many match; when <paramref name="TotalIsLowerBound"/>, at least this many (counting stops there).</param>
/// <param name="TotalIsLowerBound">True when counting stopped at the limit ("1000+").</param>
/// <param name="HasMore">True when a next page exists.</param>
public sealed record WorklistPage(IReadOnlyList<WorklistItem> Items, int Total, bool TotalIsLowerBound = false, bool HasMore = false);

/// <summary>The examiner's worklist (待办): what the signed-in person may work on now, and claiming it.</summary>
public interface IWorklist
{
    /// <summary>The page of tasks for <paramref name="user"/> holding <paramref name="roles"/>.</summary>
    /// <exception cref="Fields.FieldTooLongException">The search text is longer than <see cref="Fields.FieldLimits.Search"/>.</exception>
    Task<WorklistPage> GetAsync(WorklistQuery query, string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);

    /// <summary>The business types to filter by, in catalogue order, named in the current UI culture.</summary>
    IReadOnlyList<WorklistTypeOption> BusinessTypes();

    /// <summary>
    /// Claims a task for <paramref name="user"/> holding <paramref name="roles"/>; someone else's claim is an error naming them.
    /// </summary>
    /// <exception cref="ClaimNotAllowedException">The task needs a role <paramref name="roles"/> does not hold; nothing was written.</exception>
    Task ClaimAsync(Guid instanceId, string taskId, string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims for <paramref name="user"/> the oldest open task of the group queue that <paramref name="roles"/> may take
    /// (取下一件), in one case command; people pressing it at the same moment are handed different tasks. Null when the
    /// queue is empty.
    /// </summary>
    Task<ClaimableTask?> ClaimNextAsync(string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default);

    /// <summary>Releases <paramref name="user"/>'s claim so the group sees the task again.</summary>
    Task ReleaseAsync(Guid instanceId, string taskId, string user, CancellationToken cancellationToken = default);
}
