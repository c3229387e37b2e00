using System.Text.Json.Serialization;

namespace Registry.Application.Recording;

/// <summary>
/// A party as named in an effect: name and ID number. An 18-character resident ID number (居民身份证号) makes a natural
/// person; a unified social credit code (统一社会信用代码) makes an organisation.
/// </summary>
/// <param name="Name">Full name or registered name.</param>
/// <param name="IdNumber">Resident ID number or unified social credit code.</param>
/// <param name="IdType">Identity document kind as the case stores it (ResidentId, CreditCode, Passport…); null infers it from the number.</param>
/// <remarks>Other properties (e.g. a share when a holder list is reused as a party) are ignored.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
public sealed record PartySpec(string Name, string IdNumber, string? IdType = null);
