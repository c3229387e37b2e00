namespace Registry.Application.Inspection;

/// <summary>Quality inspection settings, bound to the configuration section <c>Inspection</c>.</summary>
public sealed class InspectionOptions
{
    /// <summary>Default share of finished cases drawn for inspection (抽查比例), 0 &lt; rate ≤ 1; 5% by default.</summary>
    public decimal SampleRate { get; set; } = 0.05m;
}
