namespace Registry.Application.Documents;

/// <summary>A document, or why there is none.</summary>
/// <typeparam name="T">The document model.</typeparam>
/// <param name="Document">The model; null when refused.</param>
/// <param name="Refusal">Why not.</param>
public sealed record DocumentOutcome<T>(T? Document, DocumentRefusal Refusal)
    where T : class;
