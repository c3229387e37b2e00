using Registry.Application.Fields;
using Registry.Application.Review;

namespace Registry.Application.Inspection;

/// <summary>The checklist of an inspection and how self-check findings map onto it.</summary>
public static class InspectionChecklist
{
    /// <summary>Every item, in the order the form shows them.</summary>
    public static IReadOnlyList<InspectionItem> Items { get; } = Enum.GetValues<InspectionItem>();

    /// <summary>The item's Chinese name, as written into rectification findings.</summary>
    public static string NameZh(InspectionItem item) => item switch
    {
        InspectionItem.Materials => "材料齐全",
        InspectionItem.ReviewOpinion => "审核意见与登记原则",
        InspectionItem.RegisterEntry => "登簿内容准确",
        InspectionItem.Certificate => "缮证正确",
        InspectionItem.TimeLimit => "办理时限",
        InspectionItem.Reporting => "上报及时",
        _ => item.ToString(),
    };

    /// <summary>Longest note on an item (<see cref="FieldLimits.InspectionNote"/>).</summary>
    public const int MaxNoteLength = FieldLimits.InspectionNote;

    /// <summary>
    /// The item a self-check finding speaks to: the materials rule to <see cref="InspectionItem.Materials"/>, then by
    /// category — principle → review opinion, content and term → register entry, certificate, timeliness → time limit,
    /// reporting.
    /// </summary>
    public static InspectionItem ItemOf(RuleFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.RuleCode == "REG-QC-MATERIALS-CHECKLIST")
        {
            return InspectionItem.Materials;
        }

        return finding.Category switch
        {
            "principle" => InspectionItem.ReviewOpinion,
            "certificate" => InspectionItem.Certificate,
            "timeliness" => InspectionItem.TimeLimit,
            "reporting" => InspectionItem.Reporting,
            _ => InspectionItem.RegisterEntry,
        };
    }

    /// <summary>Field errors of a set of item results: every item exactly once, a failed item needs a note, notes not too long.</summary>
    public static IReadOnlyList<InspectionError> Validate(IReadOnlyList<InspectionItemResult>? items)
    {
        var errors = new List<InspectionError>();
        items ??= [];
        foreach (var item in Items)
        {
            var count = items.Count(r => r.Item == item);
            if (count == 0)
            {
                errors.Add(new InspectionError($"items[{item}]", $"缺少检查项 {item}：每一项都要判定合格或不合格"));
            }
            else if (count > 1)
            {
                errors.Add(new InspectionError($"items[{item}]", $"检查项 {item} 重复了 {count} 次"));
            }
        }

        foreach (var r in items)
        {
            if (!Enum.IsDefined(r.Item))
            {
                errors.Add(new InspectionError("items", $"检查项 '{r.Item}' 不存在"));
            }
            else if (!r.Passed && string.IsNullOrWhiteSpace(r.Note))
            {
                errors.Add(new InspectionError($"items[{r.Item}].note", "不合格项必须写明问题，以便整改"));
            }
            else if (r.Note is { Length: > MaxNoteLength } note)
            {
                errors.Add(new InspectionError($"items[{r.Item}].note", $"说明最多 {MaxNoteLength} 字，现有 {note.Length} 字", MaxNoteLength, note.Length));
            }
        }

        return errors;
    }
}
