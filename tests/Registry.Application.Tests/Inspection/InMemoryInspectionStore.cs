using Registry.Application.Inspection;

namespace Registry.Application.Tests.Inspection;

/// <summary>An in-memory store with the real store's append-only contract: a taken revision or sequence is a conflict.</summary>
internal sealed class InMemoryInspectionStore : IInspectionStore
{
    private readonly List<InspectionSample> _samples = [];
    private readonly List<InspectionVerdict> _verdicts = [];
    private readonly List<Rectification> _rectifications = [];

    public List<FinishedCaseRef> Finished { get; } = [];

    public IReadOnlyList<InspectionVerdict> Verdicts => _verdicts;

    public Task<IReadOnlyList<FinishedCaseRef>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FinishedCaseRef>>([.. Finished
            .Where(c => c.FinishedAt >= from && c.FinishedAt < toExclusive && (businessType is null || c.BusinessType == businessType))
            .OrderBy(c => c.CaseNumber, StringComparer.Ordinal)]);

    public Task AddSampleAsync(InspectionSample sample, CancellationToken cancellationToken = default)
    {
        _samples.Add(sample);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<InspectionSampleSummary>> ListSamplesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InspectionSampleSummary>>([.. _samples.Select(s => new InspectionSampleSummary(
            s.Id, s.From, s.To, s.BusinessType, s.Rate, s.Seed, s.Population, s.Cases.Count, 0, 0, s.DrawnByName, s.DrawnAt))]);

    public Task<InspectionSample?> FindSampleAsync(Guid sampleId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_samples.FirstOrDefault(s => s.Id == sampleId));

    public Task<IReadOnlyList<InspectionVerdict>> ListVerdictsAsync(Guid sampleId, string? caseNumber = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InspectionVerdict>>([.. _verdicts
            .Where(v => v.SampleId == sampleId && (caseNumber is null || v.CaseNumber == caseNumber))
            .OrderBy(v => v.CaseNumber, StringComparer.Ordinal).ThenBy(v => v.Revision)]);

    public Task AppendVerdictAsync(InspectionVerdict verdict, Rectification? rectification, CancellationToken cancellationToken = default)
    {
        if (_verdicts.FirstOrDefault(v => v.SampleId == verdict.SampleId && v.CaseNumber == verdict.CaseNumber && v.Revision == verdict.Revision) is { } winner)
        {
            throw new InspectionConflictException(verdict.CaseNumber, winner.InspectorName, winner.At);
        }

        _verdicts.Add(verdict);
        if (rectification is not null)
        {
            _rectifications.Add(rectification);
        }

        return Task.CompletedTask;
    }

    public Task<Rectification?> FindRectificationAsync(Guid rectificationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rectifications.FirstOrDefault(r => r.Id == rectificationId));

    public Task<IReadOnlyList<Rectification>> ListRectificationsAsync(string? assignee, Guid? sampleId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Rectification>>([.. _rectifications.Where(r => (assignee is null || r.Assignee == assignee) && (sampleId is null || r.SampleId == sampleId))]);

    public Task AppendRectificationEventAsync(Guid rectificationId, RectificationEvent rectificationEvent, CancellationToken cancellationToken = default)
    {
        var i = _rectifications.FindIndex(r => r.Id == rectificationId);
        var r = _rectifications[i];
        if (r.Events.FirstOrDefault(e => e.Sequence == rectificationEvent.Sequence) is { } winner)
        {
            throw new InspectionConflictException(r.CaseNumber, winner.ActorName, winner.At);
        }

        _rectifications[i] = r with { Events = [.. r.Events, rectificationEvent] };
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> ListSampledCaseNumbersAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlySet<string>>(_samples.SelectMany(s => s.Cases).Where(c => c.FinishedAt >= from && c.FinishedAt < toExclusive)
            .Select(c => c.CaseNumber).ToHashSet(StringComparer.Ordinal));

    public Task<IReadOnlyList<InspectedCase>> ListInspectedAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InspectedCase>>([.. _samples.SelectMany(s => s.Cases.Select(c => (s, c)))
            .Where(x => x.c.FinishedAt >= from && x.c.FinishedAt < toExclusive)
            .Select(x => (x.s, x.c, v: _verdicts.Where(v => v.SampleId == x.s.Id && v.CaseNumber == x.c.CaseNumber).MaxBy(v => v.Revision)))
            .Where(x => x.v is not null)
            .GroupBy(x => x.c.CaseNumber, StringComparer.Ordinal)
            .Select(g => g.OrderBy(x => x.v!.At).ThenBy(x => x.v!.Revision).Last())
            .Select(x => new InspectedCase(x.s.Id, x.c.CaseNumber, x.c.BusinessType, x.c.FinishedAt, x.c.ResponsibleExaminer, x.v!.Verdict))]);
}
