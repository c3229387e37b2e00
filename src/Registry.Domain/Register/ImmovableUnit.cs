using Registry.Domain.Codes;

namespace Registry.Domain.Register;

/// <summary>An immovable unit (不动产单元): its code and natural state (location 坐落, use 用途, area).</summary>
public sealed record ImmovableUnit
{
    /// <summary>Creates a unit; area is in square metres with at most 2 decimals.</summary>
    /// <exception cref="DomainValidationException">A field is missing or out of range.</exception>
    public ImmovableUnit(UnitCode code, UnitKind kind, string location, string use, decimal area)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (string.IsNullOrWhiteSpace(location))
        {
            throw new DomainValidationException("location", "location (坐落) is required");
        }

        if (string.IsNullOrWhiteSpace(use))
        {
            throw new DomainValidationException("use", "use (用途) is required");
        }

        if (area <= 0)
        {
            throw new DomainValidationException("area", $"area must be greater than 0 m², not {area}");
        }

        if (decimal.Round(area, 2) != area)
        {
            throw new DomainValidationException("area", $"area {area} m² has more than 2 decimals");
        }

        if (kind == UnitKind.Household && code.FixtureFeature != 'F')
        {
            throw new DomainValidationException("unitCode", $"a household unit needs fixture feature F at position 20, not '{code.FixtureFeature}'");
        }

        Code = code;
        Kind = kind;
        Location = location.Trim();
        Use = use.Trim();
        Area = area;
    }

    /// <summary>Unit code.</summary>
    public UnitCode Code { get; }

    /// <summary>Parcel, building or household.</summary>
    public UnitKind Kind { get; }

    /// <summary>Location (坐落), e.g. 长丰县水湖镇阳光花园3栋2单元1502室.</summary>
    public string Location { get; }

    /// <summary>Use (用途), e.g. 住宅.</summary>
    public string Use { get; }

    /// <summary>Area in m², 2 decimals.</summary>
    public decimal Area { get; }
}
