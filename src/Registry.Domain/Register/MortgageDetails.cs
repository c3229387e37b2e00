using Registry.Domain.Parties;

namespace Registry.Domain.Register;

/// <summary>
/// What a mortgage entry records besides mortgagee, amount and term: the guarantee scope (担保范围, Civil Code 389), the
/// debtor (债务人) where the mortgagor gives security for someone else's debt (Civil Code 394), and whether it is a
/// mortgage of a building under construction (在建建筑物抵押, IR 75–76), which must be released unit by unit before the
/// unit's purchase pre-notice (IR 86).
/// </summary>
/// <param name="Scope">The guarantee scope; <see cref="GuaranteeScope.Statutory"/> when the parties agreed nothing else.</param>
/// <param name="Debtor">The debtor when it is not the mortgagor; null when a mortgagor owes the debt.</param>
/// <param name="InConstruction">A mortgage of a building under construction.</param>
public sealed record MortgageDetails(GuaranteeScope Scope = GuaranteeScope.Statutory, Party? Debtor = null, bool InConstruction = false)
{
    /// <summary>No agreement beyond the law: statutory scope, a mortgagor owes the debt, a built property.</summary>
    public static MortgageDetails Default { get; } = new();
}
