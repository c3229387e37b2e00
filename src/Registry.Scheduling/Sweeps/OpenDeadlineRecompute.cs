using Registry.Application.Deadlines;

namespace Registry.Scheduling.Sweeps;

/// <summary>
/// Recomputes open deadlines on the calendar now in use (after a calendar year is loaded): each through the store's
/// conditional update, so a sweep or a decision that changed a row meanwhile makes it be read again, never overwritten.
/// </summary>
internal sealed class OpenDeadlineRecompute(ICaseDeadlineStore store, DeadlinePlanner planner, TimeProvider timeProvider)
{
    private const int PageSize = 500;

    /// <summary>Recomputes every open deadline, or only the provisional ones.</summary>
    /// <returns>How many were recomputed, how many got another due date or provisional mark, and how many stay provisional.</returns>
    public async Task<(int Recomputed, int Changed, int StillProvisional)> RecomputeAsync(bool provisionalOnly, CancellationToken cancellationToken)
    {
        var open = new List<CaseDeadlineRecord>();
        foreach (var stage in new[] { DeadlineStage.Green, DeadlineStage.Amber, DeadlineStage.Red, DeadlineStage.Escalated })
        {
            for (var skip = 0; ; skip += PageSize)
            {
                var page = await store.ListByStageAsync(stage, skip, PageSize, cancellationToken);
                open.AddRange(page.Items.Where(r => r.ClosedAt is null && (!provisionalOnly || r.IsProvisional)));
                if (page.Items.Count < PageSize)
                {
                    break;
                }
            }
        }

        int recomputed = 0, changed = 0, provisional = 0;
        for (var i = 0; i < open.Count; i += PageSize)
        {
            var batch = open.Skip(i).Take(PageSize).ToList();
            var planned = batch.Select(r => planner.Plan(r, timeProvider.GetUtcNow())).ToList();
            var stored = await store.TryUpdateBatchAsync(
                [.. batch.Select((r, k) => new CaseDeadlineUpdate(planned[k], r.Stage, r.Version, []))], cancellationToken);
            for (var k = 0; k < batch.Count; k++)
            {
                var before = batch[k];
                var after = planned[k];
                if (!stored[k])
                {
                    // Changed meanwhile: read it again and recompute once more (a second loss means its writer recomputed it).
                    if (await store.FindAsync(before.CaseNumber, cancellationToken) is not { ClosedAt: null } fresh)
                    {
                        continue;
                    }

                    after = planner.Plan(fresh, timeProvider.GetUtcNow());
                    before = fresh;
                    if (!await store.TryUpdateAsync(after, fresh.Stage, fresh.Version, [], cancellationToken))
                    {
                        continue;
                    }
                }

                recomputed++;
                changed += before.DueAt != after.DueAt || before.IsProvisional != after.IsProvisional ? 1 : 0;
                provisional += after.IsProvisional ? 1 : 0;
            }
        }

        return (recomputed, changed, provisional);
    }
}
