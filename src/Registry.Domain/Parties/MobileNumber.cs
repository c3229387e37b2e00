using System.Text.RegularExpressions;

namespace Registry.Domain.Parties;

/// <summary>
/// A mainland China mobile number (手机号码): 11 digits, <c>1</c> then <c>3</c>–<c>9</c>. Spaces and hyphens the acceptor
/// types are dropped, and a <c>+86</c>/<c>86</c> prefix is accepted; the stored form is the bare 11 digits.
/// </summary>
public static partial class MobileNumber
{
    /// <summary>Normalises <paramref name="text"/> to 11 digits, or returns false when it is not a mainland mobile number.</summary>
    /// <param name="text">As typed.</param>
    /// <param name="number">The 11 digits.</param>
    /// <returns>True when valid.</returns>
    public static bool TryNormalize(string? text, out string number)
    {
        number = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (compact.StartsWith("+86", StringComparison.Ordinal))
        {
            compact = compact[3..];
        }
        else if (compact.Length == 13 && compact.StartsWith("86", StringComparison.Ordinal))
        {
            compact = compact[2..];
        }

        if (!Pattern().IsMatch(compact))
        {
            return false;
        }

        number = compact;
        return true;
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
