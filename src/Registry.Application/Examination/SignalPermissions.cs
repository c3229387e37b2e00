using Registry.Application.Security;

namespace Registry.Application.Examination;

/// <summary>
/// Which roles may confirm an external signal by hand in the console. The tax bureau's payment record (完税) reaches the
/// office at the acceptance window, so acceptance staff (受理) confirm <c>tax-paid</c>. Signals not listed here arrive only
/// from their systems (announcement end, a party's application) and cannot be confirmed from the browser.
/// </summary>
public static class SignalPermissions
{
    /// <summary>The tax payment (完税) signal of the resale workflows.</summary>
    public const string TaxPaid = "tax-paid";

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [TaxPaid] = [RegistryRoles.Acceptor],
    };

    /// <summary>Roles allowed to confirm <paramref name="signalName"/>; empty when it cannot be confirmed by hand.</summary>
    public static IReadOnlyList<string> RolesFor(string signalName) =>
        Allowed.TryGetValue(signalName, out var roles) ? roles : [];

    /// <summary>True when someone holding <paramref name="roles"/> may confirm <paramref name="signalName"/>.</summary>
    public static bool MayConfirm(string signalName, IEnumerable<string> roles) =>
        RolesFor(signalName).Intersect(roles, StringComparer.Ordinal).Any();
}
