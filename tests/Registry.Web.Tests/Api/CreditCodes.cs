namespace Registry.Web.Tests.Api;

/// <summary>Valid unified social credit codes (GB 32100 check character) for test institutions.</summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>A code of an organisation registered in 340100 with serial <paramref name="serial"/> (0–99999).</summary>
    public static string Make(int serial, char category = '9', char kind = '1')
    {
        var body = $"{category}{kind}340100MA2N{serial:00000}"[..17];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(body[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return body + Alphabet[check];
    }
}
