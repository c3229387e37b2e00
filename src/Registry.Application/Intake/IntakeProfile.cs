using System.Text.Json;
using System.Text.RegularExpressions;
using Registry.Application.Catalogue;
using Registry.Domain.Cases;

namespace Registry.Application.Intake;

/// <summary>
/// What the acceptance window asks for a business type: the party roles and declared facts its register effects read
/// (<c>$.parties.transferee</c>, <c>$.facts.coOwnership</c>), plus the facts its review rules need (the declared price of a
/// transfer), and its materials checklist.
/// </summary>
public sealed partial record IntakeProfile(BusinessType Type, IReadOnlyList<CasePartyRole> Roles, IReadOnlyList<IntakeFact> Facts)
{
    /// <summary>The materials checklist.</summary>
    public IReadOnlyList<MaterialRequirement> Materials => Type.Materials;

    /// <summary>Builds the profile of <paramref name="type"/>.</summary>
    public static IntakeProfile For(BusinessType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var roles = new List<CasePartyRole>();
        var facts = new List<IntakeFact>();
        if (type.Kind is "Transfer" || type.Steps.Count > 0 && type.Code.Contains("Transfer", StringComparison.Ordinal))
        {
            // The price is declared at the window (REG-DECLARED-PRICE-PRESENT) and compared with the contract.
            facts.Add(new IntakeFact("declaredPrice", IntakeFactKind.Money, Required: true));
        }

        if (type.Materials.Any(m => m.Alternatives.Contains("CERTIFICATE", StringComparer.Ordinal)))
        {
            // The number on the certificate the holder hands in (所持证书号), typed from the paper: the examination
            // compares it with the register's current certificate (REG-CERTIFICATE-CURRENT). Not pre-filled, or the check
            // would only compare the register with itself.
            facts.Add(new IntakeFact("certificateNo", IntakeFactKind.Text, Required: false));
        }

        foreach (var effect in type.Effects)
        {
            foreach (var value in effect.Parameters.Values)
            {
                if (value.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var path = value.GetString()!;
                foreach (Match m in PartyPath().Matches(path))
                {
                    if (Enum.TryParse<CasePartyRole>(m.Groups[1].Value, ignoreCase: true, out var role) && !roles.Contains(role))
                    {
                        roles.Add(role);
                    }
                }

                foreach (Match m in FactPath().Matches(path))
                {
                    var name = m.Groups[1].Value;
                    if (!facts.Any(f => f.Name == name))
                    {
                        facts.Add(new IntakeFact(name, KindOf(name), Required: false));
                    }
                }
            }
        }

        void Ask(string name, IntakeFactKind kind)
        {
            if (!facts.Any(f => f.Name == name))
            {
                facts.Add(new IntakeFact(name, kind, Required: false));
            }
        }

        if (type.Effects.Any(e => e.Effect == "LiftSeizure" && e.Parameters.ContainsKey("rulingNumber") || e.Effect == "RenewSeizure"))
        {
            // The court that releases or renews is checked against the one that seized (SeizureApplicationCheck).
            Ask("authority", IntakeFactKind.Text);
            Ask("releaseBasis", IntakeFactKind.Text);
            Ask("releaseRuling", IntakeFactKind.Text);
            Ask("transferRuling", IntakeFactKind.Text);
        }

        if (type.Effects.Any(e => e.Effect == "TransferOwnership"))
        {
            // A co-owner by shares may transfer only their share (ShareTransferCheck).
            Ask("disposesWhole", IntakeFactKind.YesNo);
            Ask("firstRefusal", IntakeFactKind.Text);
        }

        if (roles.Count == 0)
        {
            roles.Add(CasePartyRole.Applicant);
        }

        // Anyone may act through an agent (代理人) or, for a ward, a guardian (监护人).
        roles.Add(CasePartyRole.Agent);
        roles.Add(CasePartyRole.Guardian);
        return new IntakeProfile(type, roles, facts);
    }

    private static IntakeFactKind KindOf(string name) => name switch
    {
        "coOwnership" => IntakeFactKind.CoOwnership,
        "priority" => IntakeFactKind.Number,
        "preNoticeHolderConsent" or "transferRestricted" => IntakeFactKind.YesNo,
        _ when name.EndsWith("Amount", StringComparison.Ordinal) || name is "amount" or "declaredPrice" => IntakeFactKind.Money,
        _ when name.EndsWith("Start", StringComparison.Ordinal) || name.EndsWith("End", StringComparison.Ordinal) || name.EndsWith("At", StringComparison.Ordinal) => IntakeFactKind.Date,
        _ => IntakeFactKind.Text,
    };

    [GeneratedRegex(@"^\$\.parties\.([A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PartyPath();

    [GeneratedRegex(@"^\$\.facts\.([A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex FactPath();
}
