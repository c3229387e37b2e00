namespace Registry.Persistence.Cases;

/// <summary>A unit of a case; IsOpen is copied from the case so "open cases on a unit" is one index range.</summary>
internal sealed class CaseUnitRow
{
    public Guid CaseId { get; set; }

    public int Ordinal { get; set; }

    public required string UnitCode { get; set; }

    public bool IsOpen { get; set; }
}
