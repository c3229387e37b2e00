using Microsoft.Extensions.Localization;
using Registry.Application.Cases;
using Registry.Application.Examination;
using Registry.Domain;
using Registry.Web.Formatting;
using Registry.Web.Resources;
using Registry.Workflows;
using Registry.Workflows.Runtime;

namespace Registry.Web.Components.Cases;

/// <summary>Turns a refused decision into the sentence the examiner reads; nothing was saved when any of these is thrown.</summary>
public static class DecisionConflicts
{
    /// <summary>The message for <paramref name="e"/>, or null for an unexpected error (which must not be swallowed).</summary>
    public static string? Describe(Exception e, IStringLocalizer<CaseResource> text)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(text);
        return e switch
        {
            TaskAlreadyCompletedException done => text.Format("Conflict_AlreadyCompleted", done.Closed.Bookmark.NodeName, done.Closed.ClosedBy, Display.Time(done.Closed.ClosedAt)),
            WorkflowConcurrencyException or CaseConcurrencyException => text["Conflict_Changed"],
            DecisionNotAllowedException or DecisionInvalidException or TaskClaimedException or WorkflowException or DomainValidationException
                => text.Format("Conflict_Refused", e.Message),
            _ => null,
        };
    }
}
