using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Ledger;

/// <summary>
/// The canonical text of a register entry at an event: fields in a fixed order, null distinct from empty, instants as UTC
/// microseconds (what every provider keeps), amounts without trailing zeros, holders by ordinal.
/// </summary>
internal static class RegisterLedgerContent
{
    public static string AppendedHash(RegisterEntryRow e, IEnumerable<RightHolderRow> holders)
    {
        var text = new StringBuilder(512);
        Field(text, e.Id.ToString("N"));
        Field(text, e.UnitCode);
        Field(text, e.Kind);
        Field(text, Instant(e.RecordedAt));
        Field(text, e.CaseNumber);
        Field(text, e.RightType);
        Field(text, e.CoOwnership);
        Field(text, e.CertificateNumber);
        Field(text, Date(e.TermStart));
        Field(text, Date(e.TermEnd));
        Field(text, e.PartyName);
        Field(text, e.PartyIdKind);
        Field(text, e.PartyIdNumber);
        Field(text, e.MortgageKind);
        Field(text, e.Amount?.ToString("0.############", CultureInfo.InvariantCulture));
        Field(text, Instant(e.AcceptedAt));
        Field(text, Flag(e.TransferRestricted));
        Field(text, e.GuaranteeScope);
        Field(text, e.DebtorName);
        Field(text, e.DebtorIdKind);
        Field(text, e.DebtorIdNumber);
        Field(text, Flag(e.InConstruction));
        Field(text, Instant(e.RankedAt));
        Field(text, e.Origin);
        Field(text, Flag(e.IsBenefit));
        Field(text, e.SeizureId?.ToString("N"));
        Field(text, e.SeizureState);
        Field(text, e.Authority);
        Field(text, e.RulingNumber);
        Field(text, Instant(e.DeliveredAt));
        Field(text, e.Detail);
        Field(text, e.RelatedUnitCode);
        foreach (var h in holders.OrderBy(h => h.Ordinal))
        {
            text.Append('\u001e');
            Field(text, h.Ordinal.ToString(CultureInfo.InvariantCulture));
            Field(text, h.Name);
            Field(text, h.IdKind);
            Field(text, h.IdNumber);
            Field(text, h.ShareNumerator?.ToString(CultureInfo.InvariantCulture));
            Field(text, h.ShareDenominator?.ToString(CultureInfo.InvariantCulture));
        }

        return Hash(text);
    }

    public static string ClosedHash(Guid entryId, DateTimeOffset? closedAt, string? closedBy)
    {
        var text = new StringBuilder(96);
        Field(text, entryId.ToString("N"));
        Field(text, Instant(closedAt));
        Field(text, closedBy);
        return Hash(text);
    }

    private static string Hash(StringBuilder text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

    private static string? Instant(DateTimeOffset? at) => at is { } t ? (t.UtcTicks / 10).ToString(CultureInfo.InvariantCulture) : null;

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Flag(bool? b) => b is { } v ? (v ? "1" : "0") : null;

    private static void Field(StringBuilder text, string? value)
    {
        // "-" marks null and "+" a value, so null and "" differ.
        if (value is null)
        {
            text.Append('-');
        }
        else
        {
            text.Append('+').Append(value);
        }

        text.Append('\u001f');
    }
}
