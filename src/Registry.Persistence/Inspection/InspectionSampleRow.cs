namespace Registry.Persistence.Inspection;

/// <summary>A sample (抽查样本): criteria, rate and seed.</summary>
internal sealed class InspectionSampleRow
{
    public Guid Id { get; set; }

    public DateOnly FromDay { get; set; }

    public DateOnly ToDay { get; set; }

    public string? BusinessType { get; set; }

    public decimal Rate { get; set; }

    public int Seed { get; set; }

    public int Population { get; set; }

    public required string DrawnBy { get; set; }

    public required string DrawnByName { get; set; }

    public DateTimeOffset DrawnAt { get; set; }
}
