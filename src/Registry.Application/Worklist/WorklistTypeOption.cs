namespace Registry.Application.Worklist;

/// <summary>A business type the worklist can be filtered by.</summary>
/// <param name="Code">The business type code.</param>
/// <param name="Name">Its name in the current UI culture.</param>
public sealed record WorklistTypeOption(string Code, string Name);
