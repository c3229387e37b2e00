using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Register;

/// <summary>A holder of an ownership or use right with the share when co-owned by shares.</summary>
/// <param name="Party">The holder.</param>
/// <param name="Share">The share (按份共有 only).</param>
public sealed record RightHolder(Party Party, Share? Share = null);
