using Registry.Application.Catalogue;
using Registry.Domain.Cases;
using Registry.Domain.Parties;

namespace Registry.Application.Intake;

/// <summary>
/// Roles checked against the business type at intake (Regulation art. 14: the parties to the dealing apply, each in
/// their own capacity). The roles a type expects are those its register effects read (<c>$.parties.developer</c> …),
/// plus the applicant, agent and guardian every type admits, the mortgagor of a mortgage and the transferor of a
/// transfer between holders. A developer (开发企业) is an enterprise, so it holds a credit or organisation code.
/// </summary>
internal static class PartyRoleCheck
{
    private static readonly CasePartyRole[] Always = [CasePartyRole.Applicant, CasePartyRole.Agent, CasePartyRole.Guardian];

    /// <summary>The roles <paramref name="type"/> expects, or null when the check does not apply (a type whose effects name no party).</summary>
    public static IReadOnlySet<CasePartyRole>? Expected(BusinessType type)
    {
        var read = new HashSet<CasePartyRole>();
        foreach (var effect in type.Effects)
        {
            foreach (var value in effect.Parameters.Values)
            {
                var text = value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
                if (text is not null && text.StartsWith("$.parties.", StringComparison.Ordinal))
                {
                    var name = text["$.parties.".Length..].Split('[', '.')[0];
                    if (Enum.TryParse<CasePartyRole>(name, ignoreCase: true, out var role))
                    {
                        read.Add(role);
                    }
                }
            }
        }

        if (read.Count == 0)
        {
            // Seizures, objections' effects, cancellations and certificate services name no party: the holder or the
            // entrusting authority applies; nothing to compare with.
            return null;
        }

        var expected = new HashSet<CasePartyRole>(read);
        expected.UnionWith(Always);
        if (read.Contains(CasePartyRole.Mortgagee))
        {
            expected.Add(CasePartyRole.Mortgagor);
        }

        // The giving side of a transfer is the developer (new build) or the deceased (inheritance) where the type reads
        // them; otherwise the recorded holder transfers (转让方).
        if (read.Contains(CasePartyRole.Transferee) && !read.Contains(CasePartyRole.Developer) && !read.Contains(CasePartyRole.Deceased))
        {
            expected.Add(CasePartyRole.Transferor);
        }

        if (!read.Overlaps([CasePartyRole.Transferee, CasePartyRole.Heir, CasePartyRole.Mortgagee]) || type.Kind is "Change" or "Correction" or "Cancellation")
        {
            expected.Add(CasePartyRole.Holder);
        }

        return expected;
    }

    /// <summary>Adds a problem for each party whose role <paramref name="type"/> does not expect, and for a developer without an organisation's code.</summary>
    public static void Check(BusinessType type, IReadOnlyList<CaseParty?> parties, List<AcceptanceProblem> problems)
    {
        var expected = Expected(type);
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i] is not { } party)
            {
                continue;
            }

            var field = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"parties[{i}].role");
            if (expected is not null && !expected.Contains(party.Role))
            {
                var list = string.Join(", ", Enum.GetValues<CasePartyRole>().Where(expected.Contains));
                problems.Add(new(field,
                    $"{party.Party.Name} is entered as {party.Role}, which is not a party role of {type.Code}; it expects {list} (Regulation art. 14)",
                    AcceptanceProblemCode.PartyRoleNotForType, [party.Party.Name, party.Role.ToString(), type.Code, list]));
                continue;
            }

            if (party.Role == CasePartyRole.Developer && !party.Party.IsOrganisation)
            {
                problems.Add(new(field,
                    $"{party.Party.Name} is entered as Developer (开发企业) of {type.Code} with a {IdentityDocument.Describe(party.Party.DocumentType)}; a developer is an enterprise and is identified by its credit code",
                    AcceptanceProblemCode.PartyMustBeOrganisation, [party.Party.Name, party.Role.ToString(), type.Code, party.Party.DocumentType.ToString()]));
            }
        }
    }
}
