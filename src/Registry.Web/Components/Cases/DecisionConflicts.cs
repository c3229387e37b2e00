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
    /// <param name="e">What the service threw.</param>
    /// <param name="text">Case page texts.</param>
    /// <param name="names">Display name of a login (e.g. reviewer2 → 张伟); the login itself when null or unknown.</param>
    public static string? Describe(Exception e, IStringLocalizer<CaseResource> text, Func<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(text);
        return e switch
        {
            // A too-long code (reason, return step) only comes from a forged request: the form offers lists.
            DecisionInvalidException code when code.Errors.FirstOrDefault(x => x.Limit is not null) is { Field: not "opinion" } tooLongCode
                => text.Format("Conflict_Refused", $"{tooLongCode.Field} ≤ {tooLongCode.Limit}"),
            TaskAlreadyCompletedException done => text.Format("Conflict_AlreadyCompleted", done.Closed.Bookmark.NodeName, names?.Invoke(done.Closed.ClosedBy) ?? done.Closed.ClosedBy, Display.Time(done.Closed.ClosedAt)),
            TaskClaimedException claimed => text.Format("Decision_ClaimedByOther", claimed.Bookmark.NodeName,
                claimed.Bookmark.Assignee is { } holder ? names?.Invoke(holder) ?? holder : "—"),
            DecisionBlockedException blocked => text.Format("Decision_Blocked", blocked.TaskName, string.Join("; ", blocked.Blocking.Select(f =>
                $"{f.RuleCode} {(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? f.MessageZh ?? f.NameZh : f.MessageEn ?? f.MessageZh ?? f.NameZh)}"))),
            WorkflowConcurrencyException or CaseConcurrencyException or Registry.Application.Transactions.CommandConflictException => text["Conflict_Changed"],
            DecisionInvalidException invalid when invalid.Errors.FirstOrDefault(x => x.Limit is not null) is { } tooLong
                => text.Format("Conflict_TooLong", tooLong.Limit!, tooLong.Length!),
            DecisionNotAllowedException or DecisionInvalidException or TaskClaimedException or WorkflowException or DomainValidationException
                => text.Format("Conflict_Refused", e.Message),
            _ => null,
        };
    }

    /// <summary>The login of the person a conflict names (who decided first), or null.</summary>
    public static string? Person(Exception e) => e switch
    {
        TaskAlreadyCompletedException done => done.Closed.ClosedBy,
        TaskClaimedException claimed => claimed.Bookmark.Assignee,
        _ => null,
    };
}
