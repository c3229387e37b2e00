using System.Globalization;
using Registry.Application.Catalogue;
using Registry.Application.Intake;
using Registry.Domain.Cases;
using Registry.Domain.Codes;

namespace Registry.Web.Components.Intake;

/// <summary>
/// The state of the acceptance form and its checks before submission. Field keys are the ones
/// <see cref="AcceptanceRefusedException"/> uses (<c>units</c>, <c>parties[1].idNumber</c>, <c>materials</c>,
/// <c>facts.declaredPrice</c>), so the service's problems land at the same fields as the form's own.
/// </summary>
public sealed class IntakeForm
{
    public IntakeForm(IntakeProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        Materials = [.. profile.Materials.Select(m => new MaterialInput(m))];
        Facts = profile.Facts.ToDictionary(f => f.Name, _ => string.Empty, StringComparer.Ordinal);
    }

    public IntakeProfile Profile { get; }

    public BusinessType Type => Profile.Type;

    public List<MaterialInput> Materials { get; }

    public List<PartyInput> Parties { get; } = [];

    public List<string> Units { get; } = [];

    public Dictionary<string, string> Facts { get; }

    /// <summary>Every staged scan, in checklist order.</summary>
    public IReadOnlyList<StagedScan> Scans => [.. Materials.SelectMany(m => m.Scans)];

    /// <summary>Required items not marked received (shared-data items excluded: the office fetches them).</summary>
    public IReadOnlyList<MaterialInput> MissingMaterials =>
        [.. Materials.Where(m => m.Requirement.Required && !m.ViaSharedData && !m.Received)];

    /// <summary>Adds an empty party row of the first role not yet present.</summary>
    public PartyInput AddParty(CasePartyRole? role = null)
    {
        var party = new PartyInput { Role = role ?? Profile.Roles.FirstOrDefault(r => Parties.All(p => p.Role != r)) };
        Parties.Add(party);
        return party;
    }

    /// <summary>Checks everything the window can check without the register; field key → problem.</summary>
    public IReadOnlyList<FormProblem> Check(DateOnly today)
    {
        var problems = new List<FormProblem>();
        if (Units.Count == 0)
        {
            problems.Add(new("units", FormProblemKind.NoUnit));
        }

        if (Parties.Count == 0)
        {
            problems.Add(new("parties", FormProblemKind.NoParty));
        }

        for (var i = 0; i < Parties.Count; i++)
        {
            var p = Parties[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"parties[{i}]");
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                problems.Add(new($"{prefix}.name", FormProblemKind.NameMissing));
            }

            var id = IdNumberCheck.Check(p.IdNumber, p.IdType, today);
            if (!id.IsValid)
            {
                problems.Add(new($"{prefix}.idNumber", FormProblemKind.IdNumber) { Id = id });
            }

            if (!string.IsNullOrWhiteSpace(p.Mobile) && !Registry.Domain.Parties.MobileNumber.TryNormalize(p.Mobile, out _))
            {
                problems.Add(new($"{prefix}.mobile", FormProblemKind.Mobile));
            }

            if (!string.IsNullOrWhiteSpace(p.Share) && !Share.TryParse(p.Share, out _, out _))
            {
                problems.Add(new($"{prefix}.share", FormProblemKind.Share));
            }
        }

        if (MissingMaterials.Count > 0)
        {
            problems.Add(new("materials", FormProblemKind.MaterialsMissing) { Materials = [.. MissingMaterials.Select(m => m.Requirement.Code)] });
        }

        foreach (var fact in Profile.Facts)
        {
            var value = Facts.GetValueOrDefault(fact.Name)?.Trim() ?? string.Empty;
            var field = "facts." + fact.Name;
            if (value.Length == 0)
            {
                if (fact.Required)
                {
                    problems.Add(new(field, FormProblemKind.FactMissing));
                }

                continue;
            }

            var ok = fact.Kind switch
            {
                IntakeFactKind.Money => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > 0,
                IntakeFactKind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                IntakeFactKind.Number => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
                _ => true,
            };
            if (!ok)
            {
                problems.Add(new(field, fact.Kind == IntakeFactKind.Date ? FormProblemKind.FactDate : FormProblemKind.FactNumber));
            }
        }

        return problems;
    }

    /// <summary>The request the acceptance service takes.</summary>
    public AcceptanceRequest ToRequest() => new()
    {
        BusinessType = Type.Code,
        Units = [.. Units],
        Parties = [.. Parties.Select(p => new AcceptanceParty(p.Role.ToString(), p.Name.Trim(), p.IdNumber.Trim().ToUpperInvariant(), string.IsNullOrWhiteSpace(p.Share) ? null : p.Share.Trim(), p.IdType.ToString(),
            string.IsNullOrWhiteSpace(p.Mobile) ? null : p.Mobile.Trim()))],
        Facts = Facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value.Trim(), StringComparer.Ordinal),
        Materials = [.. Materials.Where(m => m.Received).Select(m => m.Chosen)],
        Cause = Type.Kind == "Transfer" && Type.Code.Contains("Resale", StringComparison.Ordinal) ? "Sale" : null,
    };
}
