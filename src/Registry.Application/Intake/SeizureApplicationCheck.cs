using Registry.Application.Catalogue;
using Registry.Domain.Register;

namespace Registry.Application.Intake;

/// <summary>
/// 解封/续封 at acceptance: the seizure named by <c>facts.rulingNumber</c> must be in the register of each unit, and the
/// release must come from the authority that seized (SPC seizure provisions art. 28: the court that seized rules to
/// release and sends the registry its assistance notice). Two exceptions are accepted, each with its document:
/// <list type="bullet">
/// <item><c>releaseBasis = HigherCourtRuling</c>: a higher court's ruling that revokes or changes the original seizure ruling
/// (on an objection or review, 执行异议/复议/监督), numbered in <c>facts.releaseRuling</c>;</item>
/// <item><c>releaseBasis = EnforcementTransferred</c>: the enforcement was transferred to the applying court (指定执行、提级执行、
/// 移送执行), the transferring ruling or letter numbered in <c>facts.transferRuling</c>.</item>
/// </list>
/// The registry cannot check a court's hierarchy from its name, so both rest on the declared document (the ruling is a
/// required material of the type); the article numbers of the transfer rules were not in the domain reference and are
/// not cited here ([verify]). A combined type that lifts every seizure (法拍房, <c>all: true</c>) names no ruling and is not
/// checked.
/// </summary>
internal static class SeizureApplicationCheck
{
    /// <summary>Release basis: the seizing authority itself (default).</summary>
    public const string SeizingAuthority = "SeizingAuthority";

    /// <summary>Release basis: a higher court's ruling naming the original ruling.</summary>
    public const string HigherCourtRuling = "HigherCourtRuling";

    /// <summary>Release basis: enforcement transferred to the applying court.</summary>
    public const string EnforcementTransferred = "EnforcementTransferred";

    public static void Check(BusinessType type, IReadOnlyDictionary<string, string> facts, IReadOnlyList<(string Field, UnitRegister Register)> units, List<AcceptanceProblem> problems)
    {
        var lifts = type.Effects.Any(e => e.Effect == "LiftSeizure" && e.Parameters.ContainsKey("rulingNumber"));
        var renews = type.Effects.Any(e => e.Effect == "RenewSeizure");
        if (!lifts && !renews)
        {
            return;
        }

        var ruling = facts.GetValueOrDefault("rulingNumber")?.Trim();
        var authority = facts.GetValueOrDefault("authority")?.Trim();
        var basis = facts.GetValueOrDefault("releaseBasis")?.Trim();
        if (string.IsNullOrEmpty(basis))
        {
            basis = SeizingAuthority;
        }

        if (basis is not (SeizingAuthority or HigherCourtRuling or EnforcementTransferred))
        {
            problems.Add(new("facts.releaseBasis", $"'{basis}' is not a release basis; use {SeizingAuthority}, {HigherCourtRuling} or {EnforcementTransferred}",
                AcceptanceProblemCode.SeizureReleaseBasisIncomplete, [basis, "releaseBasis"]));
            return;
        }

        var needed = basis switch { HigherCourtRuling => "releaseRuling", EnforcementTransferred => "transferRuling", _ => null };
        if (needed is not null && string.IsNullOrWhiteSpace(facts.GetValueOrDefault(needed)))
        {
            problems.Add(new("facts." + needed, $"a release on the basis {basis} names the ruling it rests on in facts.{needed} (SPC seizure provisions art. 28)",
                AcceptanceProblemCode.SeizureReleaseBasisIncomplete, [basis, needed]));
        }

        foreach (var (field, register) in units)
        {
            var unit = register.Unit.Code.Value;
            if (string.IsNullOrEmpty(ruling))
            {
                problems.Add(new("facts.rulingNumber", $"name the ruling number (文书号) of the seizure on unit {unit} to {(lifts ? "release" : "renew")} (IR 92)",
                    AcceptanceProblemCode.SeizureRulingRequired, [unit]));
                continue;
            }

            var current = register.Current;
            var seizures = new[] { current.ActiveSeizure }.OfType<SeizureEntry>().Concat(current.WaitingSeizures).ToList();
            var target = seizures.FirstOrDefault(s => string.Equals(s.RulingNumber, ruling, StringComparison.Ordinal));
            if (target is null)
            {
                var list = seizures.Count == 0 ? string.Empty : string.Join("、", seizures.Select(s => $"{s.RulingNumber} ({s.Authority})"));
                problems.Add(new("facts.rulingNumber",
                    $"{field}: unit {unit} has no seizure with ruling {ruling} in the register (current: {(list.Length == 0 ? "none" : list)}); only a recorded seizure can be {(lifts ? "released" : "renewed")} (IR 92; SPC seizure provisions art. 28)",
                    AcceptanceProblemCode.SeizureNotInRegister, [unit, ruling, list]));
                continue;
            }

            if (basis == SeizingAuthority && !SameAuthority(target.Authority, authority))
            {
                problems.Add(new("facts.authority",
                    $"seizure {ruling} on unit {unit} was made by {target.Authority}; {(string.IsNullOrEmpty(authority) ? "no authority" : authority)} cannot {(lifts ? "release" : "renew")} it (SPC seizure provisions art. 28: the seizing court rules on its release)",
                    AcceptanceProblemCode.SeizureWrongAuthority, [unit, ruling, target.Authority, authority ?? string.Empty]));
            }
        }
    }

    private static bool SameAuthority(string recorded, string? applying) =>
        applying is not null && string.Equals(Normalise(recorded), Normalise(applying), StringComparison.Ordinal);

    // Full-width brackets and spaces are typed both ways.
    private static string Normalise(string text) =>
        text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("（", "(", StringComparison.Ordinal).Replace("）", ")", StringComparison.Ordinal);
}
