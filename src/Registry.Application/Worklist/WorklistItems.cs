using System.Globalization;
using Registry.Application.Catalogue;
using Registry.Application.Deadlines;

namespace Registry.Application.Worklist;

/// <summary>
/// Turns query rows into worklist items: their cases (type, units, parties) and the open tasks' statutory clocks, read in
/// one batch each. Shared by the page (<see cref="WorklistService"/>) and the export (<see cref="WorklistExport"/>).
/// </summary>
internal sealed class WorklistItems(IWorklistQuery worklistQuery, ICaseDeadlineService deadlines, IBusinessTypeCatalogue catalogue)
{
    public async Task<List<WorklistItem>> OfAsync(IReadOnlyList<WorklistRow> rows, CancellationToken cancellationToken)
    {
        var summaries = await worklistQuery.SummariesAsync([.. rows.Select(r => r.CaseNumber).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        // The open tasks' statutory clocks, read together (the done tab shows none, and asks for none).
        string[] open = [.. rows.Where(r => r.TaskId.Length > 0 && r.CaseNumber.Length > 0).Select(r => r.CaseNumber).Distinct(StringComparer.Ordinal)];
        var clocks = open.Length == 0
            ? new Dictionary<string, CaseDeadlineView>()
            : await deadlines.GetRemainingManyAsync(open, cancellationToken).ConfigureAwait(false);
        var items = new List<WorklistItem>(rows.Count);
        foreach (var row in rows)
        {
            summaries.TryGetValue(row.CaseNumber, out var summary);
            var deadline = row.TaskId.Length == 0 ? null : clocks.GetValueOrDefault(row.CaseNumber);
            var typeCode = summary?.BusinessType ?? row.DefinitionId;
            items.Add(new WorklistItem(
                row.InstanceId,
                row.TaskId,
                row.CaseNumber,
                typeCode,
                TypeName(typeCode),
                row.Step,
                row.Role,
                row.Assignee,
                row.At,
                summary?.Units ?? [],
                summary?.Parties ?? [],
                deadline?.Stage,
                deadline?.RemainingWorkingDays,
                deadline?.DueAt,
                row.Outcome,
                deadline?.IsProvisional ?? false));
        }

        return items;
    }

    /// <summary>The type's name in the current UI culture, or its code when the catalogue does not know it.</summary>
    public string TypeName(string code) =>
        catalogue.TryFind(code, out var type) && type is not null
            ? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? type.Name.Zh : type.Name.En)
            : code;
}
