using Registry.Domain.Codes;

namespace Registry.Application.Recording;

/// <summary>The result of applying a list of effects: the booking instant and what each effect changed.</summary>
/// <param name="CaseNumber">The booking case.</param>
/// <param name="RecordedAt">The booking instant used for every entry.</param>
/// <param name="Outcomes">One outcome per effect, in order.</param>
public sealed record RecordingResult(CaseNumber CaseNumber, DateTimeOffset RecordedAt, IReadOnlyList<EffectOutcome> Outcomes);
