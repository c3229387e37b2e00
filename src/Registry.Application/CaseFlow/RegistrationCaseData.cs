using System.Globalization;
using System.Text.Json.Nodes;
using Registry.Domain.Cases;

namespace Registry.Application.CaseFlow;

/// <summary>
/// Builds the case data a business type's effect templates read (<c>workflows/catalogue/README.md</c>): units, parties by
/// catalogue role, declared facts and issued numbers. The one place where the case model meets the catalogue's names.
/// </summary>
public static class RegistrationCaseData
{
    // Facts the declaration carries in typed fields, under the names the catalogue's templates use.
    // Extras (free key/value facts) are added as they are; known numeric ones become JSON numbers.
    private static readonly HashSet<string> NumericFacts = new(StringComparer.Ordinal) { "amount", "priority" };

    /// <summary>The case data of <paramref name="registrationCase"/>, with the numbers issued so far.</summary>
    public static JsonObject Build(RegistrationCase registrationCase, string? certificateNumber = null, string? proofNumber = null)
    {
        ArgumentNullException.ThrowIfNull(registrationCase);
        var parties = new JsonObject();
        foreach (var group in registrationCase.Parties.GroupBy(p => CatalogueRole(p.Role)))
        {
            parties[group.Key] = new JsonArray([.. group.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Party.Name,
                ["idNumber"] = p.Party.IdNumber,
                ["idType"] = p.Party.IdKind,
                ["share"] = p.Share?.ToString(),
            })]);
        }

        var d = registrationCase.Declared;
        var facts = new JsonObject();
        Put(facts, "amount", d.MortgageAmount);
        Put(facts, "mortgageAmount", d.MortgageAmount);
        Put(facts, "price", d.DeclaredPrice);
        Put(facts, "debtStart", d.MortgageTermStart);
        Put(facts, "debtEnd", d.MortgageTermEnd);
        Put(facts, "mortgageKind", d.MortgageKind);
        Put(facts, "authority", d.EntrustingAuthority);
        Put(facts, "rulingNumber", d.CourtDocumentNo);
        Put(facts, "termStart", d.ContractStart);
        Put(facts, "termEnd", d.ContractEnd);
        Put(facts, "reason", d.ObjectionMatter);
        Put(facts, "certificateNo", d.CertificateNo);
        foreach (var (key, value) in d.Extras)
        {
            facts[key] = NumericFacts.Contains(key) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : bool.TryParse(value, out var flag) ? JsonValue.Create(flag) : JsonValue.Create(value);
        }

        if (!facts.ContainsKey("deliveredAt") && d.CourtDocumentNo is not null)
        {
            facts["deliveredAt"] = registrationCase.AcceptedAt.ToString("O", CultureInfo.InvariantCulture);
        }

        var issued = new JsonObject();
        Put(issued, "certificateNumber", certificateNumber);
        Put(issued, "proofNumber", proofNumber);
        return new JsonObject
        {
            ["units"] = new JsonArray([.. registrationCase.Units.Select(u => (JsonNode)JsonValue.Create(u.Value))]),
            ["parties"] = parties,
            ["facts"] = facts,
            ["issued"] = issued,
            ["case"] = new JsonObject
            {
                ["number"] = registrationCase.Number.Value,
                ["businessType"] = registrationCase.BusinessType,
                ["acceptedAt"] = registrationCase.AcceptedAt.ToString("O", CultureInfo.InvariantCulture),
            },
        };
    }

    /// <summary>The catalogue's role name for a case role (camelCase of the enum name, e.g. NewMortgagee → newMortgagee).</summary>
    public static string CatalogueRole(CasePartyRole role)
    {
        var name = role.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static void Put(JsonObject target, string name, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case decimal m:
                target[name] = m;
                break;
            case DateOnly date:
                target[name] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            default:
                target[name] = Convert.ToString(value, CultureInfo.InvariantCulture);
                break;
        }
    }
}
