namespace Registry.Workflows.Definitions;

/// <summary>A display text in Chinese and, optionally, English.</summary>
/// <param name="Zh">The Chinese text (shown by default).</param>
/// <param name="En">The English text, if any.</param>
public sealed record LocalizedText(string Zh, string? En = null)
{
    /// <inheritdoc />
    public override string ToString() => Zh;
}
