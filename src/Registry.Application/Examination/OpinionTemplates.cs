using Registry.Application.Security;

namespace Registry.Application.Examination;

/// <summary>
/// Standard opinions (意见模板) per step and decision, so examiners write the usual sentence with one click and edit
/// it where the case needs. Wording follows common office practice; offices adapt it.
/// </summary>
public static class OpinionTemplates
{
    /// <summary>The acceptance opinion (受理意见) recorded when a complete application is accepted.</summary>
    public const string AcceptanceOpinion = "申请材料齐全，符合法定形式，予以受理。";

    /// <summary>The template for a role's decision, or an empty string when there is none.</summary>
    public static string For(string role, DecisionKind kind) => (role, kind) switch
    {
        (RegistryRoles.Acceptor, DecisionKind.Approve) => AcceptanceOpinion,
        (RegistryRoles.FirstReview, DecisionKind.Approve) => "经审查，申请材料齐全、符合法定形式，申请登记事项与登记簿记载不冲突，拟同意登记。",
        (RegistryRoles.SecondReview, DecisionKind.Approve) => "同意初审意见，拟予登记。",
        (RegistryRoles.Approver, DecisionKind.Approve) => "同意登记。",
        (RegistryRoles.Recorder, DecisionKind.Approve) => "已登簿。",
        (_, DecisionKind.Return) => "申请材料需补正：",
        (_, DecisionKind.Reject) => "经审查，该申请存在下列情形，不予登记：",
        (_, DecisionKind.Suspend) => "因下列原因中止办理：",
        _ => string.Empty,
    };
}
