namespace Registry.Application.Inspection;

/// <summary>A sample with the latest verdict of each case and its rectifications, for the sample page.</summary>
/// <param name="Sample">The sample.</param>
/// <param name="Latest">Latest verdict by case number (cases not yet inspected are absent).</param>
/// <param name="Rectifications">Its rectifications, newest first.</param>
public sealed record InspectionSampleView(
    InspectionSample Sample,
    IReadOnlyDictionary<string, InspectionVerdict> Latest,
    IReadOnlyList<Rectification> Rectifications);
