using System.Runtime.CompilerServices;
using Registry.Application.Catalogue;
using Registry.Application.Deadlines;
using Registry.Application.Fields;

namespace Registry.Application.Worklist;

/// <summary>
/// A worklist tab for the Excel export: the same rows the page shows (the same person, roles, filter and search), read as
/// one database stream and enriched a batch at a time, so 100,000 rows never sit in memory together.
/// </summary>
public sealed class WorklistExport(
    IWorklistQuery worklistQuery,
    IWorklistExportQuery exportQuery,
    ICaseDeadlineService deadlines,
    IBusinessTypeCatalogue catalogue,
    TimeProvider time)
{
    /// <summary>Rows at most in one export.</summary>
    public const int MaxRows = 100_000;

    /// <summary>Rows whose cases and clocks are read together.</summary>
    public const int BatchSize = 500;

    private readonly WorklistItems _items = new(worklistQuery, deadlines, catalogue);

    /// <summary>How many rows the export of <paramref name="query"/> will hold (at most <see cref="MaxRows"/>).</summary>
    /// <exception cref="FieldTooLongException">The search text is longer than <see cref="FieldLimits.Search"/>.</exception>
    public Task<int> CountAsync(WorklistQuery query, string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default) =>
        Criteria(query, user, roles) is { } criteria ? exportQuery.CountAsync(criteria, MaxRows, cancellationToken) : Task.FromResult(0);

    /// <summary>The rows of <paramref name="query"/>'s tab for <paramref name="user"/> holding <paramref name="roles"/>, in the page's order.</summary>
    /// <exception cref="FieldTooLongException">The search text is longer than <see cref="FieldLimits.Search"/>.</exception>
    public async IAsyncEnumerable<WorklistItem> ReadAsync(WorklistQuery query, string user, IReadOnlyCollection<string> roles, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Criteria(query, user, roles) is not { } criteria)
        {
            yield break;
        }

        var batch = new List<WorklistRow>(BatchSize);
        await foreach (var row in exportQuery.ReadAsync(criteria, MaxRows, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                foreach (var item in await _items.OfAsync(batch, cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }

                batch.Clear();
            }
        }

        foreach (var item in await _items.OfAsync(batch, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>The page's criteria for the whole tab, or null when the person may see nothing there.</summary>
    private WorklistCriteria? Criteria(WorklistQuery query, string user, IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(roles);
        if (string.IsNullOrWhiteSpace(user)
            || (query.View == WorklistView.Group && roles.Count == 0)
            || (query.View == WorklistView.Incidents && !Examination.CaseIncidents.MayHandle(roles)))
        {
            return null;
        }

        FieldLimits.Check("search", query.Search, FieldLimits.Search);
        var search = WorklistSearch.Parse(query.Search);
        return new WorklistCriteria(
            query.View,
            user,
            roles,
            time.GetUtcNow(),
            string.IsNullOrWhiteSpace(query.BusinessType) ? null : query.BusinessType.Trim(),
            search.CaseNumberPrefix,
            search.UnitCodePrefix,
            search.PartyNamePrefix);
    }
}
