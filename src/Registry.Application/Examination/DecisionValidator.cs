using Registry.Application.Fields;

namespace Registry.Application.Examination;

/// <summary>A problem with one field of a decision.</summary>
/// <param name="Field">The field: kind, opinion, returnTo or reasonCode.</param>
/// <param name="Message">What is wrong, in Chinese (the console's language of record).</param>
/// <param name="Limit">For a too-long text: the most characters the field takes (<see cref="FieldLimits"/>), so a console can say it in its language.</param>
/// <param name="Length">For a too-long text: how many were given.</param>
/// <param name="Code">Which check failed, for a console to word it in its language; every error of <see cref="DecisionValidator"/> has one.</param>
public sealed record DecisionError(string Field, string Message, int? Limit = null, int? Length = null, DecisionErrorCode Code = DecisionErrorCode.Unspecified);

/// <summary>
/// Checks a decision before it reaches the engine, naming the field at fault. The engine checks again (it is the
/// authority); this exists so the form can say exactly what is missing without a round trip.
/// </summary>
public static class DecisionValidator
{
    /// <summary>Shortest opinion accepted for a return, refusal or suspension: the applicant is told why.</summary>
    public const int MinimumReasonedOpinionLength = 4;

    /// <summary>Returns every problem with <paramref name="request"/> in <paramref name="context"/>; empty when valid.</summary>
    public static IReadOnlyList<DecisionError> Validate(DecisionRequest request, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var errors = new List<DecisionError>();
        if (FieldLimits.Exceeds(request.Opinion, FieldLimits.Opinion))
        {
            // Checked first and alone: nothing else is worth saying about a text that will not be stored.
            errors.Add(new("opinion", $"审核意见最多 {FieldLimits.Opinion} 个字，现有 {request.Opinion!.Length} 个。", FieldLimits.Opinion, request.Opinion.Length, DecisionErrorCode.OpinionTooLong));
            return errors;
        }

        foreach (var (field, value) in new[] { ("reasonCode", request.ReasonCode), ("returnTo", request.ReturnTo) })
        {
            if (FieldLimits.Exceeds(value, FieldLimits.Code))
            {
                errors.Add(new(field, $"{field} 最多 {FieldLimits.Code} 个字符，现有 {value!.Length} 个。", FieldLimits.Code, value.Length, DecisionErrorCode.CodeTooLong));
                return errors;
            }
        }

        if (!context.AllowedKinds.Contains(request.Kind))
        {
            errors.Add(new("kind", $"此环节不允许“{Name(request.Kind)}”。", Code: DecisionErrorCode.KindNotAllowed));
            return errors;
        }

        var opinion = request.Opinion?.Trim() ?? string.Empty;
        var reasoned = request.Kind != DecisionKind.Approve;
        if ((context.OpinionRequired || reasoned) && opinion.Length == 0)
        {
            errors.Add(new("opinion", $"请填写{Name(request.Kind)}意见。", Code: DecisionErrorCode.OpinionMissing));
        }
        else if (reasoned && opinion.Length < MinimumReasonedOpinionLength)
        {
            errors.Add(new("opinion", $"{Name(request.Kind)}意见至少 {MinimumReasonedOpinionLength} 个字，须说明理由。", Code: DecisionErrorCode.OpinionTooShort));
        }

        switch (request.Kind)
        {
            case DecisionKind.Return:
                if (string.IsNullOrEmpty(request.ReturnTo))
                {
                    errors.Add(new("returnTo", "请选择退回到的环节。", Code: DecisionErrorCode.ReturnToMissing));
                }
                else if (!context.ReturnTargets.Any(t => t.NodeId == request.ReturnTo))
                {
                    errors.Add(new("returnTo", $"不能退回到“{request.ReturnTo}”：它不是本案已经过的环节。", Code: DecisionErrorCode.ReturnToNotPassed));
                }

                RequireReason(errors, ReasonCatalogue.ReturnReasons, request.ReasonCode, "退回原因", DecisionErrorCode.ReturnReasonMissing, DecisionErrorCode.ReturnReasonUnknown);
                break;
            case DecisionKind.Reject:
                RequireReason(errors, ReasonCatalogue.RefusalGrounds, request.ReasonCode, "不予登记的法定情形", DecisionErrorCode.RefusalGroundMissing, DecisionErrorCode.RefusalGroundUnknown);
                break;
            case DecisionKind.Suspend:
                RequireReason(errors, ReasonCatalogue.SuspendReasons, request.ReasonCode, "中止原因", DecisionErrorCode.SuspendReasonMissing, DecisionErrorCode.SuspendReasonUnknown);
                break;
        }

        return errors;
    }

    /// <summary>Chinese name of a decision kind.</summary>
    public static string Name(DecisionKind kind) => kind switch
    {
        DecisionKind.Approve => "同意",
        DecisionKind.Return => "退回",
        DecisionKind.Reject => "不予登记",
        DecisionKind.Suspend => "中止",
        _ => kind.ToString(),
    };

    private static void RequireReason(List<DecisionError> errors, IReadOnlyList<CodedReason> list, string? code, string what, DecisionErrorCode missing, DecisionErrorCode unknown)
    {
        if (string.IsNullOrEmpty(code))
        {
            errors.Add(new("reasonCode", $"请选择{what}。", Code: missing));
        }
        else if (ReasonCatalogue.Find(list, code) is null)
        {
            errors.Add(new("reasonCode", $"“{code}”不是有效的{what}代码。", Code: unknown));
        }
    }
}
