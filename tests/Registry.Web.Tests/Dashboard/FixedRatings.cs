using Registry.Application.Ratings;

namespace Registry.Web.Tests.Dashboard;

/// <summary>A rating store with fixed grades and open follow-ups, for the dashboard's satisfaction figure.</summary>
internal sealed class FixedRatings(
    IReadOnlyList<(DateTimeOffset RatedAt, string BusinessType, SatisfactionLevel Level)>? grades = null,
    IReadOnlyList<DateTimeOffset>? openDue = null) : IRatingStore
{
    public Task<IReadOnlyList<(DateTimeOffset RatedAt, string BusinessType, SatisfactionLevel Level)>> ListGradesAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<(DateTimeOffset, string, SatisfactionLevel)>>([.. (grades ?? []).Where(g => g.RatedAt >= from && g.RatedAt < toExclusive)]);

    public Task<IReadOnlyList<DateTimeOffset>> ListOpenFollowUpDueTimesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(openDue ?? []);

    public Task<ServiceRating?> FindForCaseAsync(string caseNumber, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task AddAsync(ServiceRating rating, RatingFollowUp? followUp, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<RatingFollowUp?> FindFollowUpAsync(Guid id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<RatingFollowUp>> ListFollowUpsAsync(bool openOnly, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task AppendFollowUpEventAsync(Guid followUpId, FollowUpEvent followUpEvent, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
