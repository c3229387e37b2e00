using System.Text.Json;
using Registry.Application.Deadlines;

namespace Registry.Persistence.Scheduling;

internal static class CaseDeadlineMapper
{
    public static CaseDeadlineRow ToRow(CaseDeadlineRecord r) => new()
    {
        CaseNumber = r.CaseNumber,
        BusinessType = r.BusinessType,
        OfficeCode = r.OfficeCode,
        Assignee = r.Assignee,
        AcceptedAt = r.AcceptedAt,
        TimeLimitCode = r.TimeLimitCode,
        PausesJson = JsonSerializer.Serialize(r.Pauses),
        ExtensionsJson = JsonSerializer.Serialize(r.Extensions),
        DueAt = r.DueAt,
        AmberFrom = r.AmberFrom,
        EscalateAt = r.EscalateAt,
        Stage = r.Stage,
        NextCheckAt = r.NextCheckAt,
        ClosedAt = r.ClosedAt,
        IsProvisional = r.IsProvisional,
        Version = r.Version,
    };

    public static CaseDeadlineRecord ToRecord(CaseDeadlineRow r) => new()
    {
        CaseNumber = r.CaseNumber,
        BusinessType = r.BusinessType,
        OfficeCode = r.OfficeCode,
        Assignee = r.Assignee,
        AcceptedAt = r.AcceptedAt,
        TimeLimitCode = r.TimeLimitCode,
        Pauses = JsonSerializer.Deserialize<List<DeadlinePauseRecord>>(r.PausesJson) ?? [],
        Extensions = JsonSerializer.Deserialize<List<DeadlineExtensionRecord>>(r.ExtensionsJson) ?? [],
        DueAt = r.DueAt,
        AmberFrom = r.AmberFrom,
        EscalateAt = r.EscalateAt,
        Stage = r.Stage,
        NextCheckAt = r.NextCheckAt,
        ClosedAt = r.ClosedAt,
        IsProvisional = r.IsProvisional,
        Version = r.Version,
    };
}
