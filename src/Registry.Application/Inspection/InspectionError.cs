namespace Registry.Application.Inspection;

/// <summary>A problem with one field of an inspection request.</summary>
/// <param name="Field">The field, e.g. <c>rate</c> or <c>items[Materials].note</c>.</param>
/// <param name="Message">What is wrong, in Chinese, with the value.</param>
public sealed record InspectionError(string Field, string Message);
