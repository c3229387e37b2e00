using Microsoft.Extensions.Localization;
using Registry.Application.Intake;
using Registry.Web.Resources;

namespace Registry.Web.Components.Intake;

/// <summary>
/// The acceptance service's refusals in the UI culture: each <see cref="AcceptanceProblemCode"/> has a resource
/// <c>Refusal_{Code}</c> filled with the values the service named (unit code, value, materials); the English message is
/// kept for codes without one.
/// </summary>
internal static class ServiceProblemText
{
    public static string Describe(FormProblem problem, IStringLocalizer<IntakeResource> text, MaterialNames materials)
    {
        var args = problem.Args;
        switch (problem.Code)
        {
            case AcceptanceProblemCode.Other:
                return problem.Message ?? string.Empty;
            case AcceptanceProblemCode.MaterialsMissing:
                // First the type, then the codes; "A|B" means either.
                return text["Refusal_MaterialsMissing", string.Join(IntakeText.English ? ", " : "、",
                    args.Skip(1).Select(code => string.Join(text["Material_Or"], code.Split('|').Select(c => materials.Name(c, IntakeText.English)))))];
            case AcceptanceProblemCode.TooLong:
                return text["Refusal_TooLong", [FieldLabel(problem.Field, text), .. args]];
            default:
                var localized = text["Refusal_" + problem.Code, [.. args]];
                return localized.ResourceNotFound ? problem.Message ?? string.Empty : localized.Value;
        }
    }

    // parties[1].name → 姓名/名称, facts.declaredPrice → 申报成交价（元）; a field without a label is named by its key.
    private static string FieldLabel(string field, IStringLocalizer<IntakeResource> text)
    {
        var key = field switch
        {
            _ when field.StartsWith("facts.", StringComparison.Ordinal) => "Fact_" + field["facts.".Length..],
            _ when field.EndsWith(".name", StringComparison.Ordinal) => "Party_Name",
            _ when field.EndsWith(".idNumber", StringComparison.Ordinal) => "Party_IdNumber",
            _ when field.EndsWith(".share", StringComparison.Ordinal) => "Party_Share",
            _ when field.EndsWith(".role", StringComparison.Ordinal) => "Party_Role",
            _ => null,
        };
        var label = key is null ? null : text[key];
        return label is null || label.ResourceNotFound ? field : label.Value;
    }
}
