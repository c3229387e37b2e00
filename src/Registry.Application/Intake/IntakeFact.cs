namespace Registry.Application.Intake;

/// <summary>A fact the acceptance window asks for, by the name the type's effects and rules read.</summary>
/// <param name="Name">Fact name, e.g. <c>declaredPrice</c>, <c>coOwnership</c>, <c>debtEnd</c>.</param>
/// <param name="Kind">How it is entered and checked.</param>
/// <param name="Required">The application is incomplete without it.</param>
public sealed record IntakeFact(string Name, IntakeFactKind Kind, bool Required);
