using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Registry.Web.Api.Webhooks;

/// <summary>
/// The webhook signature: <c>X-Registry-Signature: sha256=</c> lower-case hex of HMAC-SHA256 with the client's webhook
/// secret over <c>{X-Registry-Timestamp}.{body}</c> (Unix seconds, a dot, the raw UTF-8 body). Signing the timestamp lets
/// a receiver refuse an old message replayed to it.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Registry-Signature";

    /// <summary>The timestamp header (Unix seconds).</summary>
    public const string TimestampHeader = "X-Registry-Timestamp";

    /// <summary>The delivery id header (the outbox message id; the same on every retry of one message).</summary>
    public const string DeliveryHeader = "X-Registry-Delivery";

    /// <summary>The signature header's value for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var payload = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }

    /// <summary>True when <paramref name="signature"/> is the signature of <paramref name="body"/> at <paramref name="timestamp"/> (constant-time compare).</summary>
    public static bool Verify(string secret, string timestamp, string body, string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
