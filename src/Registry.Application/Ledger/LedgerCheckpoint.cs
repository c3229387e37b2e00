namespace Registry.Application.Ledger;

/// <summary>
/// A signed statement of where the chains stood: the register ledger's head and the journal heads of the workflow
/// instances changed since the previous checkpoint. <see cref="Payload"/> is the exact text signed; <see cref="Signature"/>
/// is its HMAC under <see cref="KeyId"/>, and <see cref="Previous"/> chains checkpoints to each other.
/// </summary>
/// <param name="Number">1 for the first checkpoint, then +1.</param>
/// <param name="At">When it was taken.</param>
/// <param name="KeyId">The key that signed it.</param>
/// <param name="RegisterPosition">The register ledger's last position (0 when empty).</param>
/// <param name="RegisterMac">The MAC at that position.</param>
/// <param name="JournalHeads">Instances changed since the previous checkpoint: id, journal sequence, head MAC.</param>
/// <param name="Previous">The previous checkpoint's signature, empty for the first.</param>
/// <param name="Payload">The signed text (one JSON object).</param>
/// <param name="Signature">HMAC of the payload.</param>
public sealed record LedgerCheckpoint(
    long Number,
    DateTimeOffset At,
    string KeyId,
    long RegisterPosition,
    string RegisterMac,
    IReadOnlyList<JournalHead> JournalHeads,
    string Previous,
    string Payload,
    string Signature);

/// <summary>Where one instance's journal stood.</summary>
/// <param name="InstanceId">The workflow instance.</param>
/// <param name="Sequence">Its last journal sequence.</param>
/// <param name="Mac">The MAC of that row.</param>
public sealed record JournalHead(Guid InstanceId, long Sequence, string Mac);
