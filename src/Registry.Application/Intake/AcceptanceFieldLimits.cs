using System.Globalization;
using Registry.Application.Fields;

namespace Registry.Application.Intake;

/// <summary>
/// The first check of an application: every text within its <see cref="FieldLimits"/>. A too-long field is refused at
/// once with only these problems (code <see cref="AcceptanceProblemCode.TooLong"/>), before anything else reads or echoes
/// the text, and nothing is saved.
/// </summary>
public static class AcceptanceFieldLimits
{
    /// <summary>Every too-long field of <paramref name="request"/>, named as the other problems name them; empty when all fit.</summary>
    public static IReadOnlyList<AcceptanceProblem> Check(AcceptanceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<AcceptanceProblem>();
        Add(problems, "businessType", request.BusinessType, FieldLimits.Code);
        Add(problems, "cause", request.Cause, FieldLimits.Code);
        for (var i = 0; i < request.Units.Count; i++)
        {
            Add(problems, Indexed("units", i), request.Units[i], FieldLimits.UnitCode);
        }

        for (var i = 0; i < request.Parties.Count; i++)
        {
            var p = request.Parties[i];
            var prefix = Indexed("parties", i);
            Add(problems, prefix + ".role", p.Role, FieldLimits.PartyRole);
            Add(problems, prefix + ".name", p.Name, FieldLimits.PartyName);
            Add(problems, prefix + ".idNumber", p.IdNumber, FieldLimits.IdNumber);
            Add(problems, prefix + ".share", p.Share, FieldLimits.Share);
            Add(problems, prefix + ".mobile", p.Mobile, FieldLimits.Mobile);
        }

        for (var i = 0; i < request.Materials.Count; i++)
        {
            Add(problems, Indexed("materials", i), request.Materials[i], FieldLimits.Code);
        }

        if (request.Facts.Count > FieldLimits.FactCount)
        {
            problems.Add(new("facts", $"at most {FieldLimits.FactCount} facts are accepted, {request.Facts.Count} were given",
                AcceptanceProblemCode.TooMany, [Text(FieldLimits.FactCount), Text(request.Facts.Count)]));
        }

        foreach (var (name, value) in request.Facts)
        {
            if (FieldLimits.Exceeds(name, FieldLimits.FactName))
            {
                // The name itself is too long to echo as a field key: name the field by its first characters.
                Add(problems, "facts." + name[..16] + "…", name, FieldLimits.FactName);
                continue;
            }

            Add(problems, "facts." + name, value, FieldLimits.FactValue);
        }

        return problems;
    }

    private static void Add(List<AcceptanceProblem> problems, string field, string? value, int limit)
    {
        if (FieldLimits.Exceeds(value, limit))
        {
            problems.Add(new(field, $"at most {limit} characters are accepted, {value!.Length} were given",
                AcceptanceProblemCode.TooLong, [Text(limit), Text(value.Length)]));
        }
    }

    private static string Indexed(string name, int i) => string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]");

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
