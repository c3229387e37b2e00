namespace Registry.Application.Examination;

/// <summary>A coded reason with its Chinese and English wording.</summary>
/// <param name="Code">Stable code stored in the journal.</param>
/// <param name="Zh">Chinese wording.</param>
/// <param name="En">English wording.</param>
public sealed record CodedReason(string Code, string Zh, string En);

/// <summary>
/// The fixed lists an examiner chooses from. Refusal grounds are the four of 不动产登记暂行条例 art. 22; return and
/// suspension reasons follow practice (Regulation art. 17 on supplement; IR on survey and announcement) and are
/// codes an office may extend.
/// </summary>
public static class ReasonCatalogue
{
    /// <summary>不予登记 grounds: Regulation art. 22 (1)–(4).</summary>
    public static IReadOnlyList<CodedReason> RefusalGrounds { get; } =
    [
        new("ART22-1", "违反法律、行政法规规定的（《不动产登记暂行条例》第二十二条第一项）", "Contrary to a law or administrative regulation (Regulation art. 22(1))"),
        new("ART22-2", "存在尚未解决的权属争议的（第二十二条第二项）", "An unresolved ownership dispute exists (art. 22(2))"),
        new("ART22-3", "申请登记的不动产权利超过规定期限的（第二十二条第三项）", "The right applied for exceeds its prescribed term (art. 22(3))"),
        new("ART22-4", "法律、行政法规规定不予登记的其他情形（第二十二条第四项）", "Another case in which a law or regulation bars registration (art. 22(4))"),
    ];

    /// <summary>退回 reasons.</summary>
    public static IReadOnlyList<CodedReason> ReturnReasons { get; } =
    [
        new("MATERIALS-INCOMPLETE", "申请材料不齐全，需补正", "Materials incomplete: supplement needed"),
        new("MATERIALS-FORM", "申请材料不符合法定形式", "Materials not in the statutory form"),
        new("INCONSISTENT", "申请信息与登记簿或共享数据不一致", "Application inconsistent with the register or shared data"),
        new("SURVEY", "需补充权籍调查成果", "Cadastral survey results needed"),
        new("PREVIOUS-STEP", "上一环节意见需复核", "The previous step's opinion needs rechecking"),
        new("OTHER", "其他（见意见）", "Other (see opinion)"),
    ];

    /// <summary>中止 reasons; each says whether the statutory clock pauses (announcement and survey do, per the time-limits reference).</summary>
    public static IReadOnlyList<CodedReason> SuspendReasons { get; } =
    [
        new("ANNOUNCEMENT", "公告期间", "Announcement period"),
        new("SURVEY", "权籍调查、实地查看", "Cadastral survey or site inspection"),
        new("COURT", "等待法院或仲裁结果", "Waiting for a court or arbitration result"),
        new("APPLICANT", "申请人请求中止", "Applicant asked to suspend"),
    ];

    /// <summary>Finds a reason by code in <paramref name="list"/>, or null.</summary>
    public static CodedReason? Find(IReadOnlyList<CodedReason> list, string? code)
    {
        ArgumentNullException.ThrowIfNull(list);
        return code is null ? null : list.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal));
    }
}
