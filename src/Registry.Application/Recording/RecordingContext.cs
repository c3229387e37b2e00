using Registry.Domain.Codes;

namespace Registry.Application.Recording;

/// <summary>The case that books the effects (登簿).</summary>
/// <param name="CaseNumber">The booking case; it closes and appends the entries.</param>
/// <param name="AcceptedAt">When the case was accepted (受理); a new mortgage's priority counts from it (MTG-03).</param>
/// <param name="RecordedAt">The booking instant; null takes the applier's <see cref="TimeProvider"/> now.</param>
public sealed record RecordingContext(CaseNumber CaseNumber, DateTimeOffset AcceptedAt, DateTimeOffset? RecordedAt = null);
