using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Ledger;

/// <summary>Makes the register ledger's links: each MAC covers the previous one, so no link can be changed, dropped or inserted without the key.</summary>
internal sealed class RegisterLedgerChain(LedgerKeyRing keys)
{
    /// <summary>The "previous MAC" of position 1.</summary>
    public const string Genesis = "";

    public static string LinkText(string previousMac, long position, RegisterLedgerEvent kind, Guid entryId, string contentHash) =>
        string.Create(CultureInfo.InvariantCulture, $"{previousMac}\n{position}\u001f{(int)kind}\u001f{entryId:N}\u001f{contentHash}");

    public static string Mac(LedgerKey key, string previousMac, long position, RegisterLedgerEvent kind, Guid entryId, string contentHash) =>
        LedgerMac.Compute(key, Encoding.UTF8.GetBytes(LinkText(previousMac, position, kind, entryId, contentHash)));

    /// <summary>The last link (position 0 and <see cref="Genesis"/> when the ledger is empty), read in the caller's transaction.</summary>
    public static async Task<(long Position, string Mac)> ReadHeadAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var head = await db.Set<RegisterLedgerRow>().AsNoTracking().OrderByDescending(r => r.Position)
            .Select(r => new { r.Position, r.Mac }).FirstOrDefaultAsync(cancellationToken);
        return head is null ? (0, Genesis) : (head.Position, head.Mac.TrimEnd());
    }

    /// <summary>A cursor that links events one after another from a head.</summary>
    public Linker From((long Position, string Mac) head) => new(keys.Current, head.Position, head.Mac);

    internal sealed class Linker(LedgerKey key, long position, string mac)
    {
        public long Position => position;

        public RegisterLedgerRow Appended(RegisterEntryRow entry, IEnumerable<RightHolderRow> holders) =>
            Next(entry.Id, RegisterLedgerEvent.Appended, RegisterLedgerContent.AppendedHash(entry, holders));

        public RegisterLedgerRow Closed(Guid entryId, DateTimeOffset? closedAt, string? closedBy) =>
            Next(entryId, RegisterLedgerEvent.Closed, RegisterLedgerContent.ClosedHash(entryId, closedAt, closedBy));

        private RegisterLedgerRow Next(Guid entryId, RegisterLedgerEvent kind, string contentHash)
        {
            position++;
            mac = Mac(key, mac, position, kind, entryId, contentHash);
            return new RegisterLedgerRow { Position = position, EntryId = entryId, Event = kind, ContentHash = contentHash, Mac = mac };
        }
    }
}
