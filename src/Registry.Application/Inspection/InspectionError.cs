namespace Registry.Application.Inspection;

/// <summary>A problem with one field of an inspection request.</summary>
/// <param name="Field">The field, e.g. <c>rate</c> or <c>items[Materials].note</c>.</param>
/// <param name="Message">What is wrong, in Chinese, with the value.</param>
/// <param name="Limit">For a too-long text: the most characters the field takes, so a console can say it in its language.</param>
/// <param name="Length">For a too-long text: how many were given.</param>
public sealed record InspectionError(string Field, string Message, int? Limit = null, int? Length = null);
