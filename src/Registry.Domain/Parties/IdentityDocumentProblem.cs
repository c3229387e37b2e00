namespace Registry.Domain.Parties;

/// <summary>Why a number is not valid for its document type: where (1-based <see cref="Position"/>), what was found and what was expected.</summary>
/// <param name="Type">The document type it was checked as.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Position">First wrong position (1-based), where one can be named.</param>
/// <param name="Found">The wrong character or text.</param>
/// <param name="Expected">The expected check character, the lengths or characters allowed, or the layout.</param>
/// <param name="Message">The same in English (logs, API callers), naming the document's standard.</param>
public sealed record IdentityDocumentProblem(IdentityDocumentType Type, IdentityDocumentProblemKind Kind, int? Position, string? Found, string? Expected, string Message);
