using Microsoft.Extensions.Options;
using Registry.Application.Cases;
using Registry.Application.Inspection;
using Registry.Application.Progress;
using Registry.Application.Security;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Workflows.Ports;

namespace Registry.Application.Ratings;

/// <summary>
/// 政务服务“好差评”: the applicant rates a finished case once (authenticated as on the progress page, by case number and
/// query code), and a 差评 opens a follow-up the office must verify, rectify and answer within working days. The rating
/// and its follow-up are stored in one transaction; a second rating of the case is refused even when two race.
/// </summary>
public sealed class RatingService(
    ApplicantProgressQuery progress,
    ICaseRepository cases,
    ICaseInspectionFacts facts,
    IRatingStore store,
    IBusinessCalendar calendar,
    IOptions<RatingOptions> options,
    TimeProvider time)
{
    /// <summary>Longest comment (and follow-up text) taken.</summary>
    public const int MaxCommentLength = 500;

    /// <summary>Who may work on follow-ups: quality inspectors, business admins and leaders.</summary>
    public static readonly IReadOnlyList<string> FollowUpRoles = [RegistryRoles.QualityInspector, RegistryRoles.BusinessAdmin, RegistryRoles.Leader];

    private static readonly string[] Ended = [nameof(CaseStatus.Completed), nameof(CaseStatus.Rejected), nameof(CaseStatus.Withdrawn)];

    /// <summary>The case's rating when the number and code belong together; null otherwise (or when not yet rated).</summary>
    public async Task<ServiceRating?> FindAsync(string? caseNumber, string? secret, CancellationToken cancellationToken = default) =>
        await progress.FindAsync(caseNumber, secret, cancellationToken) is { } found
            ? await store.FindForCaseAsync(found.CaseNumber, cancellationToken)
            : null;

    /// <summary>The rating of a case the caller has already authenticated (the progress page after its look-up); null when not rated.</summary>
    public Task<ServiceRating?> FindForAuthenticatedCaseAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        store.FindForCaseAsync(caseNumber, cancellationToken);

    /// <summary>True when a case in <paramref name="status"/> may be rated (completed, refused or withdrawn).</summary>
    public static bool CanRate(string status) => Ended.Contains(status, StringComparer.Ordinal);

    /// <summary>Takes the applicant's rating.</summary>
    /// <returns>The rating and, for a 差评, the follow-up it opened.</returns>
    /// <exception cref="RatingRefusedException">Wrong code or unknown case, case still open, already rated, no grade, comment too long.</exception>
    public async Task<(ServiceRating Rating, RatingFollowUp? FollowUp)> RateAsync(RatingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (comment is { Length: > MaxCommentLength })
        {
            throw new RatingRefusedException(RatingRefusal.CommentTooLong, "comment", $"评价内容超过 {MaxCommentLength} 个字");
        }

        var found = await progress.FindAsync(request.CaseNumber, request.Secret, cancellationToken)
            ?? throw new RatingRefusedException(RatingRefusal.NotFound, "caseNumber", "业务件编号与查询码不符");
        if (!Ended.Contains(found.Status, StringComparer.Ordinal))
        {
            throw new RatingRefusedException(RatingRefusal.CaseOpen, "caseNumber", $"业务件 {found.CaseNumber} 尚在办理中，办结、不予登记或撤回后方可评价");
        }

        if (await store.FindForCaseAsync(found.CaseNumber, cancellationToken) is { } earlier)
        {
            throw new RatingRefusedException(RatingRefusal.AlreadyRated, "caseNumber", $"业务件 {found.CaseNumber} 已于 {earlier.RatedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} 评价过，每件只能评价一次");
        }

        if (request.Level is not { } level || !Enum.IsDefined(level))
        {
            throw new RatingRefusedException(RatingRefusal.LevelMissing, "level", "请选择评价等级");
        }

        var reasons = request.Reasons.Where(Enum.IsDefined).Distinct().Order().ToList();
        if (ServiceRating.IsNegativeLevel(level) && reasons.Count == 0 && comment is null)
        {
            throw new RatingRefusedException(RatingRefusal.NegativeWithoutReason, "reasons", "差评请勾选原因或写明情况，以便核实整改");
        }

        var registrationCase = await cases.FindAsync(CaseNumber.Parse(found.CaseNumber, "caseNumber"), cancellationToken)
            ?? throw new RatingRefusedException(RatingRefusal.NotFound, "caseNumber", "业务件编号与查询码不符");
        var examiner = await facts.ResponsibleExaminerAsync(found.CaseNumber, cancellationToken);
        if (string.IsNullOrEmpty(examiner))
        {
            examiner = registrationCase.EnteredBy(registrationCase.Status) ?? string.Empty;
        }

        var now = time.GetUtcNow();
        var rating = new ServiceRating(Guid.NewGuid(), found.CaseNumber, registrationCase.BusinessType, found.Status, examiner, level, reasons, comment, now);
        RatingFollowUp? followUp = null;
        if (rating.IsNegative)
        {
            var due = calendar.EndOfWorkingDays(now, Math.Max(1, options.Value.FollowUpWorkingDays));
            followUp = new RatingFollowUp(Guid.NewGuid(), rating.Id, rating.CaseNumber, rating.BusinessType, examiner, level, reasons, comment, due,
                [new FollowUpEvent(1, FollowUpEventKind.Opened, "applicant", "申请人", now, comment)]);
        }

        await store.AddAsync(rating, followUp, cancellationToken);
        return (rating, followUp);
    }

    /// <summary>Follow-ups for the handling roles, soonest due first.</summary>
    /// <exception cref="InspectionNotAllowedException">The actor holds none of <see cref="FollowUpRoles"/>.</exception>
    public Task<IReadOnlyList<RatingFollowUp>> ListFollowUpsAsync(InspectionActor actor, bool openOnly, CancellationToken cancellationToken = default)
    {
        RequireHandler(actor);
        return store.ListFollowUpsAsync(openOnly, cancellationToken);
    }

    /// <summary>Records what was verified and rectified and what the applicant was told.</summary>
    public Task<RatingFollowUp> AnswerAsync(InspectionActor actor, Guid followUpId, int expectedSequence, string? findings, string? reply, CancellationToken cancellationToken = default) =>
        AppendAsync(actor, followUpId, expectedSequence, FollowUpEventKind.Answered, findings, reply, cancellationToken);

    /// <summary>Accepts the answer (销号).</summary>
    public Task<RatingFollowUp> CloseAsync(InspectionActor actor, Guid followUpId, int expectedSequence, string? note, CancellationToken cancellationToken = default) =>
        AppendAsync(actor, followUpId, expectedSequence, FollowUpEventKind.Closed, note, null, cancellationToken);

    /// <summary>Sends the answer back (退回): the follow-up is open again.</summary>
    public Task<RatingFollowUp> ReopenAsync(InspectionActor actor, Guid followUpId, int expectedSequence, string? note, CancellationToken cancellationToken = default) =>
        AppendAsync(actor, followUpId, expectedSequence, FollowUpEventKind.Reopened, note, null, cancellationToken);

    private async Task<RatingFollowUp> AppendAsync(InspectionActor actor, Guid id, int expectedSequence, FollowUpEventKind kind, string? text, string? reply, CancellationToken cancellationToken)
    {
        RequireHandler(actor);
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        reply = string.IsNullOrWhiteSpace(reply) ? null : reply.Trim();
        var followUp = await store.FindFollowUpAsync(id, cancellationToken)
            ?? throw new InspectionNotAllowedException("差评整改单不存在");
        if (kind == FollowUpEventKind.Answered && (text is null || reply is null))
        {
            throw new InspectionInvalidException([new InspectionError(text is null ? "text" : "reply", text is null ? "请写明核实与整改情况" : "请写明给申请人的答复")]);
        }

        if (kind == FollowUpEventKind.Reopened && text is null)
        {
            throw new InspectionInvalidException([new InspectionError("text", "请写明退回原因")]);
        }

        if ((text?.Length ?? 0) > MaxCommentLength || (reply?.Length ?? 0) > MaxCommentLength)
        {
            throw new InspectionInvalidException([new InspectionError((text?.Length ?? 0) > MaxCommentLength ? "text" : "reply", $"不能超过 {MaxCommentLength} 个字")]);
        }

        var allowed = kind switch
        {
            FollowUpEventKind.Answered => followUp.State == FollowUpState.Open,
            FollowUpEventKind.Closed => followUp.State == FollowUpState.Answered,
            FollowUpEventKind.Reopened => followUp.State == FollowUpState.Answered,
            _ => false,
        };
        if (!allowed || expectedSequence != followUp.LastSequence)
        {
            throw new InspectionNotAllowedException(expectedSequence != followUp.LastSequence
                ? $"差评整改（{followUp.CaseNumber}）已有新的处理，请刷新后再看"
                : $"差评整改（{followUp.CaseNumber}）当前状态下不能这样处理");
        }

        var e = new FollowUpEvent(expectedSequence + 1, kind, actor.UserName, actor.DisplayName, time.GetUtcNow(), text, reply);
        await store.AppendFollowUpEventAsync(id, e, cancellationToken);
        return followUp with { Events = [.. followUp.Events, e] };
    }

    private static void RequireHandler(InspectionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Roles.Any(r => FollowUpRoles.Contains(r, StringComparer.Ordinal)))
        {
            throw new InspectionNotAllowedException("差评整改仅限质检员、业务管理员和领导处理");
        }
    }
}
