using Microsoft.EntityFrameworkCore;
using Registry.Application.Ratings;

namespace Registry.Persistence.Ratings;

/// <summary>
/// Ratings and follow-ups in the registry database. A rating and its follow-up go in with one <c>SaveChanges</c> (one
/// transaction); the unique case number refuses a second rating even when two race, and follow-up events are inserted
/// under (follow-up, sequence) so of two concurrent actions one wins and the other is told who.
/// </summary>
internal sealed class EfRatingStore(IDbContextFactory<RegistryDbContext> contexts) : IRatingStore
{
    public async Task<ServiceRating?> FindForCaseAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ServiceRatingRow>().AsNoTracking().SingleOrDefaultAsync(r => r.CaseNumber == caseNumber, cancellationToken);
        return row is null ? null : ToRating(row);
    }

    public async Task AddAsync(ServiceRating rating, RatingFollowUp? followUp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rating);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<ServiceRatingRow>().Add(new ServiceRatingRow
        {
            Id = rating.Id,
            CaseNumber = rating.CaseNumber,
            BusinessType = rating.BusinessType,
            CaseStatus = rating.CaseStatus,
            Examiner = rating.Examiner,
            Level = rating.Level.ToString(),
            Reasons = string.Join(',', rating.Reasons),
            Comment = rating.Comment,
            RatedAt = rating.RatedAt,
        });
        if (followUp is not null)
        {
            db.Set<RatingFollowUpRow>().Add(new RatingFollowUpRow { Id = followUp.Id, RatingId = rating.Id, CaseNumber = followUp.CaseNumber, DueAt = followUp.DueAt });
            db.Set<RatingFollowUpEventRow>().AddRange(followUp.Events.Select(e => ToRow(followUp.Id, e)));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await FindForCaseAsync(rating.CaseNumber, cancellationToken) is { } winner)
            {
                throw new RatingRefusedException(RatingRefusal.AlreadyRated, "caseNumber",
                    $"业务件 {rating.CaseNumber} 已于 {winner.RatedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} 评价过，每件只能评价一次");
            }

            throw;
        }
    }

    public async Task<RatingFollowUp?> FindFollowUpAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await LoadAsync(db, db.Set<RatingFollowUpRow>().Where(f => f.Id == id), cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<RatingFollowUp>> ListFollowUpsAsync(bool openOnly, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<RatingFollowUpRow>().AsQueryable();
        if (openOnly)
        {
            query = query.Where(f => f.ClosedAt == null);
        }

        return [.. (await LoadAsync(db, query, cancellationToken)).OrderBy(f => f.DueAt).ThenBy(f => f.CaseNumber, StringComparer.Ordinal)];
    }

    public async Task AppendFollowUpEventAsync(Guid followUpId, FollowUpEvent followUpEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(followUpEvent);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<RatingFollowUpEventRow>().Add(ToRow(followUpId, followUpEvent));
        var followUp = await db.Set<RatingFollowUpRow>().SingleAsync(f => f.Id == followUpId, cancellationToken);
        followUp.ClosedAt = followUpEvent.Kind == FollowUpEventKind.Closed ? followUpEvent.At : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await using var check = await contexts.CreateDbContextAsync(cancellationToken);
            var winner = await check.Set<RatingFollowUpEventRow>().AsNoTracking().SingleOrDefaultAsync(
                r => r.FollowUpId == followUpId && r.Sequence == followUpEvent.Sequence, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            throw new RatingConflictException(followUp.CaseNumber, winner.ActorName, winner.At);
        }
    }

    public async Task<IReadOnlyList<(DateTimeOffset RatedAt, string BusinessType, SatisfactionLevel Level)>> ListGradesAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<ServiceRatingRow>().AsNoTracking()
            .Where(r => r.RatedAt >= from && r.RatedAt < toExclusive)
            .Select(r => new { r.RatedAt, r.BusinessType, r.Level }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.RatedAt, r.BusinessType, Enum.Parse<SatisfactionLevel>(r.Level)))];
    }

    public async Task<IReadOnlyList<DateTimeOffset>> ListOpenFollowUpDueTimesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<RatingFollowUpRow>().AsNoTracking().Where(f => f.ClosedAt == null).Select(f => f.DueAt).ToListAsync(cancellationToken);
    }

    private static async Task<List<RatingFollowUp>> LoadAsync(RegistryDbContext db, IQueryable<RatingFollowUpRow> followUps, CancellationToken cancellationToken)
    {
        var rows = await (
            from f in followUps
            join r in db.Set<ServiceRatingRow>() on f.RatingId equals r.Id
            select new { FollowUp = f, Rating = r }).AsNoTracking().ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.FollowUp.Id).ToList();
        var events = (await db.Set<RatingFollowUpEventRow>().AsNoTracking().Where(e => ids.Contains(e.FollowUpId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.FollowUpId);
        return [.. rows.Select(x =>
        {
            var rating = ToRating(x.Rating);
            return new RatingFollowUp(x.FollowUp.Id, rating.Id, rating.CaseNumber, rating.BusinessType, rating.Examiner, rating.Level, rating.Reasons, rating.Comment,
                x.FollowUp.DueAt, [.. events[x.FollowUp.Id].OrderBy(e => e.Sequence).Select(e =>
                    new FollowUpEvent(e.Sequence, Enum.Parse<FollowUpEventKind>(e.Kind), e.Actor, e.ActorName, e.At, e.Text, e.Reply))]);
        })];
    }

    private static ServiceRating ToRating(ServiceRatingRow row) => new(
        row.Id, row.CaseNumber, row.BusinessType, row.CaseStatus, row.Examiner, Enum.Parse<SatisfactionLevel>(row.Level),
        [.. row.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<RatingReason>)], row.Comment, row.RatedAt);

    private static RatingFollowUpEventRow ToRow(Guid followUpId, FollowUpEvent e) => new()
    {
        FollowUpId = followUpId,
        Sequence = e.Sequence,
        Kind = e.Kind.ToString(),
        Actor = e.Actor,
        ActorName = e.ActorName,
        At = e.At,
        Text = e.Text,
        Reply = e.Reply,
    };
}
