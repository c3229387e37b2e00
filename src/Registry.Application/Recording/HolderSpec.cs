namespace Registry.Application.Recording;

/// <summary>A right holder in an effect: name, ID number and, for co-ownership by shares (按份共有), the share as "n/d".</summary>
/// <param name="Name">Full name or registered name.</param>
/// <param name="IdNumber">Resident ID number or unified social credit code.</param>
/// <param name="Share">The share, e.g. "1/2"; null for sole or joint ownership.</param>
/// <param name="IdType">Identity document kind as the case stores it (ResidentId, CreditCode, Passport…); null infers it from the number.</param>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip)]
public sealed record HolderSpec(string Name, string IdNumber, string? Share = null, string? IdType = null);
