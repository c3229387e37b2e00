namespace Registry.Application.RuleSets;

/// <summary>A property of a fact type.</summary>
/// <param name="Name">Property name.</param>
/// <param name="Type">Its type, readable: <c>String</c>, <c>[SeizureFacts]</c>, <c>DateOnly?</c>, an enum with its values.</param>
public sealed record FactPropertyReference(string Name, string Type);
