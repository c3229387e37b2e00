namespace Registry.Application.Inspection;

/// <summary>How a sample is stratified (分层抽样): each stratum gets its proportional share, and at least a minimum.</summary>
public enum SampleStrata
{
    /// <summary>One uniform draw over all finished cases.</summary>
    None,

    /// <summary>By business type.</summary>
    BusinessType,

    /// <summary>By the responsible examiner.</summary>
    Examiner,
}
