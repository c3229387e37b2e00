namespace Registry.Application.Worklist;

/// <summary>
/// Reads the worklist's one search box: digits only → case number (业务号) prefix; ASCII letters and digits → unit code
/// (不动产单元号) prefix; anything else (a Chinese name) → party name prefix.
/// </summary>
/// <param name="CaseNumberPrefix">Case number prefix, or null.</param>
/// <param name="UnitCodePrefix">Unit code prefix (upper case), or null.</param>
/// <param name="PartyNamePrefix">Party name prefix, or null.</param>
public sealed record WorklistSearch(string? CaseNumberPrefix, string? UnitCodePrefix, string? PartyNamePrefix)
{
    /// <summary>Nothing to search for.</summary>
    public static WorklistSearch None { get; } = new(null, null, null);

    /// <summary>Classifies <paramref name="text"/>; blank is <see cref="None"/>.</summary>
    public static WorklistSearch Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return None;
        }

        if (value.All(char.IsAsciiDigit))
        {
            return new(value, null, null);
        }

        return value.All(char.IsAsciiLetterOrDigit) ? new(null, value.ToUpperInvariant(), null) : new(null, null, value);
    }
}
