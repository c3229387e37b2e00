namespace Registry.Application.Recording;

/// <summary>A right holder in an effect: the party and, for co-ownership by shares (按份共有), the share as "n/d".</summary>
/// <param name="Party">The holder.</param>
/// <param name="Share">The share, e.g. "1/2"; null for sole or joint ownership.</param>
public sealed record HolderSpec(PartySpec Party, string? Share = null);
