using Registry.Application.Catalogue;
using Registry.Application.Intake;

namespace Registry.Application.Api;

/// <summary>
/// What a client may file: a bank only mortgage types with itself as mortgagee; a court only seizure, release and
/// judicial-assistance (嘱托) types naming itself as the authority. Each refusal names the field.
/// </summary>
public static class ApiFilingPolicy
{
    /// <summary>The catalogue category a bank may file.</summary>
    public const string MortgageCategory = "mortgage";

    /// <summary>Roles in which a bank appears as the mortgagee of its application.</summary>
    private static readonly string[] MortgageeRoles = ["Mortgagee", "NewMortgagee"];

    /// <summary>True when a client of <paramref name="kind"/> may file <paramref name="type"/> at all.</summary>
    public static bool MayFile(ApiClientKind kind, BusinessType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return kind == ApiClientKind.Bank
            ? type.Category == MortgageCategory
            : type.Application.Contains("E", StringComparer.Ordinal); // entrusted by a court (嘱托): seizures, releases, judicial transfers
    }

    /// <summary>Problems that forbid <paramref name="client"/> this application (empty when allowed).</summary>
    public static IReadOnlyList<AcceptanceProblem> Check(ApiClient client, BusinessType type, AcceptanceRequest request)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(request);
        if (!MayFile(client.Kind, type))
        {
            return [new("businessType", $"scope {client.Scope} does not allow business type {type.Code}")];
        }

        if (client.Kind == ApiClientKind.Bank)
        {
            var asMortgagee = request.Parties.Any(p =>
                MortgageeRoles.Contains(p.Role, StringComparer.OrdinalIgnoreCase)
                && string.Equals(p.IdNumber?.Trim(), client.IdNumber, StringComparison.OrdinalIgnoreCase));
            return asMortgagee
                ? []
                : [new("parties", $"the filing bank ({client.IdNumber}) must be a party as Mortgagee or NewMortgagee")];
        }

        request.Facts.TryGetValue("authority", out var authority);
        return string.Equals(authority?.Trim(), client.Name, StringComparison.Ordinal)
            ? []
            : [new("facts.authority", $"the authority must be the filing court ({client.Name})")];
    }
}
