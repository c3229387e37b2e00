using Registry.Application.Inspection;

namespace Registry.Web.Components.Inspection;

/// <summary>What the inspect form hands the page: the item results, overall remark and rectification assignee.</summary>
/// <param name="Items">One result per checklist item.</param>
/// <param name="Remark">Overall remark.</param>
/// <param name="Assignee">Rectification assignee, or null for the responsible examiner.</param>
public sealed record InspectSubmission(IReadOnlyList<InspectionItemResult> Items, string? Remark, string? Assignee);
