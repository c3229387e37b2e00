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
                var localized = text["Refusal_" + problem.Code, [.. Localized(problem.Code, args, text)]];
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
            _ when field.EndsWith(".mobile", StringComparison.Ordinal) => "Party_Mobile",
            _ when field.EndsWith(".role", StringComparison.Ordinal) => "Party_Role",
            _ => null,
        };
        var label = key is null ? null : text[key];
        return label is null || label.ResourceNotFound ? field : label.Value;
    }

    // Document types, roles and co-ownership types the service names by their code are said in the UI language.
    private static IEnumerable<object> Localized(AcceptanceProblemCode code, IReadOnlyList<string> args, IStringLocalizer<IntakeResource> text)
    {
        string Say(string prefix, string value)
        {
            var s = text[prefix + value];
            return s.ResourceNotFound ? value : s.Value;
        }

        for (var i = 0; i < args.Count; i++)
        {
            yield return (code, i) switch
            {
                (AcceptanceProblemCode.IdCheckCharacter or AcceptanceProblemCode.IdCharacter or AcceptanceProblemCode.IdLength or AcceptanceProblemCode.IdBirthDate
                    or AcceptanceProblemCode.IdFormat or AcceptanceProblemCode.IdMissing, 0) => Say("IdType_", args[i]),
                (AcceptanceProblemCode.PartyRoleNotForType or AcceptanceProblemCode.PartyMustBeOrganisation, 1) => Say("Role_", args[i]),
                (AcceptanceProblemCode.PartyRoleNotForType, 3) => string.Join(IntakeText.English ? ", " : "、", args[i].Split(", ").Select(r => Say("Role_", r))),
                (AcceptanceProblemCode.PartyMustBeOrganisation, 3) => Say("IdType_", args[i]),
                (AcceptanceProblemCode.IdFormat, 2) when args.Count > 0 && !text["IdLayout_" + args[0]].ResourceNotFound => text["IdLayout_" + args[0]].Value,
                (AcceptanceProblemCode.ShareTransferNotByShares, 1) => Say("CoOwnership_", args[i]),
                (AcceptanceProblemCode.SeizureNotInRegister, 2) when args[i].Length == 0 => "—",
                _ => args[i],
            };
        }
    }
}
