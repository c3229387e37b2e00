using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Registry.Application.Fields;
using Registry.Application.Review;
using Registry.Application.Security;

namespace Registry.Application.Inspection;

/// <summary>
/// Quality inspection (质检): draw samples (抽查) of finished cases, record verdicts item by item, send failing items for
/// rectification (整改) to the responsible examiner, close or re-open them, and report pass rates (合格率). Sampling,
/// recording, closing and the report need the quality-inspector role; answering a rectification is for the examiner named on it.
/// </summary>
public sealed class InspectionService(IInspectionStore store, ICaseInspectionFacts facts, IOptions<InspectionOptions> options, TimeProvider time)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Longest overall remark or rectification text (<see cref="FieldLimits.InspectionText"/>).</summary>
    public const int MaxTextLength = FieldLimits.InspectionText;

    /// <summary>The configured default rate.</summary>
    public decimal DefaultRate => options.Value.SampleRate;

    /// <summary>
    /// How many of <paramref name="population"/> cases a <paramref name="rate"/> sample takes: the rate rounded up
    /// (5% of 30 is 1.5 → 2, so the sample never falls below the rate), at least 1 when there is any case.
    /// </summary>
    public static int SampleSize(int population, decimal rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        if (rate is <= 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "rate must be in (0, 1]");
        }

        return population == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(population * rate));
    }

    /// <summary>
    /// Picks <paramref name="size"/> distinct cases with a seeded shuffle over the population in case-number order, so
    /// the same seed over the same cases gives the same sample. Returns them in case-number order.
    /// </summary>
    public static IReadOnlyList<FinishedCaseRef> Draw(IReadOnlyList<FinishedCaseRef> population, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(population);
        var pool = population.DistinctBy(c => c.CaseNumber, StringComparer.Ordinal).OrderBy(c => c.CaseNumber, StringComparer.Ordinal).ToArray();
        size = Math.Clamp(size, 0, pool.Length);
        var random = new Random(seed);
        for (var i = 0; i < size; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return [.. pool.Take(size).OrderBy(c => c.CaseNumber, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Proportional allocation over strata: stratum h of N_h cases gets round(size × N_h / N), at least
    /// min(<paramref name="minimum"/>, N_h) and at most N_h; each stratum is drawn with <see cref="Draw"/> on its own seed
    /// derived from <paramref name="seed"/> and the stratum's rank in key order, so the same seed gives the same sample.
    /// </summary>
    public static IReadOnlyList<FinishedCaseRef> StratifiedDraw(IReadOnlyList<FinishedCaseRef> population, Func<FinishedCaseRef, string> stratum, int size, int minimum, int seed)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(stratum);
        var pool = population.DistinctBy(c => c.CaseNumber, StringComparer.Ordinal).ToList();
        var strata = pool.GroupBy(stratum, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var drawn = new List<FinishedCaseRef>();
        for (var h = 0; h < strata.Count; h++)
        {
            var members = strata[h].ToList();
            drawn.AddRange(Draw(members, Allocation(members.Count, pool.Count, size, minimum), unchecked((seed * 31) + h)));
        }

        return [.. drawn.OrderBy(c => c.CaseNumber, StringComparer.Ordinal)];
    }

    /// <summary>Cases drawn from a stratum of <paramref name="stratumSize"/> out of <paramref name="populationSize"/> for a sample of <paramref name="size"/>.</summary>
    public static int Allocation(int stratumSize, int populationSize, int size, int minimum)
    {
        if (stratumSize == 0 || populationSize == 0)
        {
            return 0;
        }

        var share = (int)Math.Round((double)size * stratumSize / populationSize, MidpointRounding.AwayFromZero);
        return Math.Min(stratumSize, Math.Max(share, Math.Min(Math.Max(minimum, 0), stratumSize)));
    }

    /// <summary>Draws and stores a sample of cases completed between the request's days.</summary>
    /// <exception cref="InspectionNotAllowedException">The actor is not a quality inspector.</exception>
    /// <exception cref="InspectionInvalidException">Bad dates or rate (fields <c>to</c>, <c>rate</c>), or no finished case matches (<c>from</c>).</exception>
    public async Task<InspectionSample> DrawSampleAsync(InspectionActor actor, SampleRequest request, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        ArgumentNullException.ThrowIfNull(request);
        var rate = request.Rate ?? DefaultRate;
        var errors = new List<InspectionError>();
        if (request.To < request.From)
        {
            errors.Add(new InspectionError("to", $"截止日期 {request.To:yyyy-MM-dd} 早于起始日期 {request.From:yyyy-MM-dd}"));
        }

        if (rate is <= 0m or > 1m)
        {
            errors.Add(new InspectionError("rate", $"抽查比例 {rate.ToString(CultureInfo.InvariantCulture)} 无效：须大于 0 且不超过 1（例如 0.05 即 5%）"));
        }

        InspectionInvalidException.ThrowIfAny(errors);
        var businessType = string.IsNullOrWhiteSpace(request.BusinessType) ? null : request.BusinessType.Trim();
        var population = await store.ListFinishedAsync(StartOf(request.From), StartOf(request.To.AddDays(1)), businessType, cancellationToken);
        if (population.Count == 0)
        {
            InspectionInvalidException.ThrowIfAny([new InspectionError("from",
                $"{request.From:yyyy-MM-dd} 至 {request.To:yyyy-MM-dd} 没有已办结的{(businessType is null ? string.Empty : " " + businessType + " ")}业务件可抽查")]);
        }

        var finishedCount = population.Count;
        if (!request.AllowOverlap)
        {
            // A case already drawn into another sample is not drawn again unless the inspector asks for it.
            var taken = await store.ListSampledCaseNumbersAsync(StartOf(request.From), StartOf(request.To.AddDays(1)), cancellationToken);
            population = [.. population.Where(c => !taken.Contains(c.CaseNumber))];
            if (population.Count == 0)
            {
                InspectionInvalidException.ThrowIfAny([new InspectionError("from",
                    $"{request.From:yyyy-MM-dd} 至 {request.To:yyyy-MM-dd} 的 {finishedCount} 件已办结业务件都已抽过；如需重复抽取，请勾选“允许与已有样本重叠”")]);
            }
        }

        var seed = request.Seed ?? RandomNumberGenerator.GetInt32(1, int.MaxValue);
        var examiners = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.Strata == SampleStrata.Examiner)
        {
            foreach (var c in population)
            {
                examiners[c.CaseNumber] = await facts.ResponsibleExaminerAsync(c.CaseNumber, cancellationToken);
            }
        }

        var size = SampleSize(population.Count, rate);
        var drawn = request.Strata switch
        {
            SampleStrata.BusinessType => StratifiedDraw(population, c => c.BusinessType, size, request.MinimumPerStratum, seed),
            SampleStrata.Examiner => StratifiedDraw(population, c => examiners[c.CaseNumber], size, request.MinimumPerStratum, seed),
            _ => Draw(population, size, seed),
        };
        var cases = new List<SampledCase>(drawn.Count);
        foreach (var c in drawn)
        {
            var examiner = examiners.TryGetValue(c.CaseNumber, out var known) ? known : await facts.ResponsibleExaminerAsync(c.CaseNumber, cancellationToken);
            cases.Add(new SampledCase(c.CaseNumber, c.BusinessType, c.FinishedAt, examiner));
        }

        var sample = new InspectionSample(Guid.NewGuid(), request.From, request.To, businessType, rate, seed, population.Count,
            actor.UserName, actor.DisplayName, time.GetUtcNow(), cases);
        await store.AddSampleAsync(sample, cancellationToken);
        return sample;
    }

    /// <summary>All samples, newest first.</summary>
    public Task<IReadOnlyList<InspectionSampleSummary>> ListSamplesAsync(InspectionActor actor, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        return store.ListSamplesAsync(cancellationToken);
    }

    /// <summary>A sample with its latest verdicts and rectifications; null when there is none.</summary>
    public async Task<InspectionSampleView?> FindSampleAsync(InspectionActor actor, Guid sampleId, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        if (await store.FindSampleAsync(sampleId, cancellationToken) is not { } sample)
        {
            return null;
        }

        var latest = (await store.ListVerdictsAsync(sampleId, null, cancellationToken))
            .GroupBy(v => v.CaseNumber, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Revision)!, StringComparer.Ordinal);
        return new InspectionSampleView(sample, latest, await store.ListRectificationsAsync(null, sampleId, cancellationToken));
    }

    /// <summary>Every verdict revision recorded on a sampled case, oldest first.</summary>
    public Task<IReadOnlyList<InspectionVerdict>> HistoryAsync(InspectionActor actor, Guid sampleId, string caseNumber, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        return store.ListVerdictsAsync(sampleId, caseNumber, cancellationToken);
    }

    /// <summary>The self-check findings of a case: the inspector's starting point.</summary>
    public Task<IReadOnlyList<RuleFinding>> SelfCheckAsync(InspectionActor actor, string caseNumber, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        return facts.SelfCheckAsync(caseNumber, cancellationToken);
    }

    /// <summary>
    /// Records a verdict as a new revision (合格 when every item passed, else 不合格). A 不合格 verdict sends its failing
    /// items for rectification to the request's assignee or the case's responsible examiner, in the same transaction.
    /// </summary>
    /// <exception cref="InspectionNotAllowedException">Not a quality inspector.</exception>
    /// <exception cref="InspectionInvalidException">Field errors (items, notes, unknown sample or case).</exception>
    /// <exception cref="InspectionConflictException">Someone recorded on the case since <see cref="InspectionRecordRequest.ExpectedRevision"/>.</exception>
    public async Task<(InspectionVerdict Verdict, Rectification? Rectification)> RecordAsync(InspectionActor actor, InspectionRecordRequest request, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<InspectionError>(InspectionChecklist.Validate(request.Items));
        if (request.Remark is { Length: > MaxTextLength } remark)
        {
            errors.Add(new InspectionError("remark", $"总体意见最多 {MaxTextLength} 字，现有 {remark.Length} 字", MaxTextLength, remark.Length));
        }

        if (request.RectificationAssignee is { Length: > FieldLimits.UserName } assigneeText)
        {
            errors.Add(new InspectionError("rectificationAssignee", $"整改责任人最多 {FieldLimits.UserName} 个字符，现有 {assigneeText.Length} 个", FieldLimits.UserName, assigneeText.Length));
        }

        var sample = await store.FindSampleAsync(request.SampleId, cancellationToken);
        var sampled = sample?.Cases.FirstOrDefault(c => string.Equals(c.CaseNumber, request.CaseNumber, StringComparison.Ordinal));
        if (sample is null)
        {
            errors.Add(new InspectionError("sampleId", $"抽查样本 {request.SampleId} 不存在"));
        }
        else if (sampled is null)
        {
            errors.Add(new InspectionError("caseNumber", $"业务件 {request.CaseNumber} 不在本次抽查样本中"));
        }

        var failing = (request.Items ?? []).Where(i => !i.Passed).ToList();
        var assignee = string.IsNullOrWhiteSpace(request.RectificationAssignee) ? sampled?.ResponsibleExaminer : request.RectificationAssignee.Trim();
        if (failing.Count > 0 && sampled is not null && string.IsNullOrWhiteSpace(assignee))
        {
            errors.Add(new InspectionError("rectificationAssignee", $"业务件 {request.CaseNumber} 未找到承办人，请填写整改责任人"));
        }

        InspectionInvalidException.ThrowIfAny(errors);
        var history = await store.ListVerdictsAsync(request.SampleId, request.CaseNumber, cancellationToken);
        if (history.Count > 0 && history[^1].Revision != request.ExpectedRevision)
        {
            throw new InspectionConflictException(request.CaseNumber, history[^1].InspectorName, history[^1].At);
        }

        var now = time.GetUtcNow();
        var revision = (history.Count == 0 ? 0 : history[^1].Revision) + 1;
        var items = InspectionChecklist.Items.Select(i => request.Items!.First(r => r.Item == i))
            .Select(r => r with { Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim() }).ToList();
        var verdict = new InspectionVerdict(request.SampleId, request.CaseNumber, revision,
            failing.Count == 0 ? InspectionVerdictKind.Pass : InspectionVerdictKind.Fail, items,
            string.IsNullOrWhiteSpace(request.Remark) ? null : request.Remark.Trim(), actor.UserName, actor.DisplayName, now);
        Rectification? rectification = null;
        if (failing.Count > 0)
        {
            var findings = string.Join("；", items.Where(i => !i.Passed).Select(i => $"{InspectionChecklist.NameZh(i.Item)}：{i.Note}"));
            rectification = new Rectification(Guid.NewGuid(), request.SampleId, request.CaseNumber, revision, assignee!,
                [.. items.Where(i => !i.Passed).Select(i => i.Item)],
                [new RectificationEvent(1, RectificationEventKind.Sent, actor.UserName, actor.DisplayName, now, findings)]);
        }

        await store.AppendVerdictAsync(verdict, rectification, cancellationToken);
        return (verdict, rectification);
    }

    /// <summary>Rectifications addressed to the actor (the examiner's 整改 list), newest first.</summary>
    public Task<IReadOnlyList<Rectification>> MyRectificationsAsync(InspectionActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return store.ListRectificationsAsync(actor.UserName, null, cancellationToken);
    }

    /// <summary>The examiner named on an open rectification answers what was corrected.</summary>
    /// <exception cref="InspectionNotAllowedException">Not the named examiner, or it is not waiting for an answer.</exception>
    public Task<Rectification> AnswerAsync(InspectionActor actor, Guid rectificationId, int expectedSequence, string? answer, CancellationToken cancellationToken = default) =>
        AppendAsync(actor, rectificationId, expectedSequence, answer, RectificationEventKind.Answered, cancellationToken);

    /// <summary>The inspector accepts an answered rectification (销号).</summary>
    public Task<Rectification> CloseAsync(InspectionActor actor, Guid rectificationId, int expectedSequence, string? note, CancellationToken cancellationToken = default) =>
        AppendAsync(actor, rectificationId, expectedSequence, note, RectificationEventKind.Closed, cancellationToken);

    /// <summary>The inspector does not accept the answer (or a closed one turns out wrong) and re-opens it.</summary>
    public Task<Rectification> ReopenAsync(InspectionActor actor, Guid rectificationId, int expectedSequence, string? note, CancellationToken cancellationToken = default) =>
        AppendAsync(actor, rectificationId, expectedSequence, note, RectificationEventKind.Reopened, cancellationToken);

    /// <summary>Pass rates of the sampled cases completed between <paramref name="from"/> and <paramref name="to"/> (inclusive).</summary>
    public async Task<PassRateReport> ReportAsync(InspectionActor actor, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        if (to < from)
        {
            InspectionInvalidException.ThrowIfAny([new InspectionError("to", $"截止日期 {to:yyyy-MM-dd} 早于起始日期 {from:yyyy-MM-dd}")]);
        }

        var inspected = await store.ListInspectedAsync(StartOf(from), StartOf(to.AddDays(1)), cancellationToken);
        return BuildReport(from, to, inspected);
    }

    /// <summary>Groups inspected cases into the report's rows.</summary>
    public static PassRateReport BuildReport(DateOnly from, DateOnly to, IReadOnlyList<InspectedCase> inspected)
    {
        ArgumentNullException.ThrowIfNull(inspected);
        return new PassRateReport(
            from,
            to,
            Row("*", inspected),
            [.. inspected.GroupBy(i => i.FinishedAt.ToOffset(China).ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, g))],
            Grouped(inspected, i => i.BusinessType),
            Grouped(inspected, i => string.IsNullOrEmpty(i.ResponsibleExaminer) ? "?" : i.ResponsibleExaminer));
    }

    private static List<PassRateRow> Grouped(IEnumerable<InspectedCase> inspected, Func<InspectedCase, string> key) =>
        [.. inspected.GroupBy(key, StringComparer.Ordinal).Select(g => Row(g.Key, g)).OrderByDescending(r => r.Inspected).ThenBy(r => r.Key, StringComparer.Ordinal)];

    private static PassRateRow Row(string key, IEnumerable<InspectedCase> cases)
    {
        var list = cases as IReadOnlyCollection<InspectedCase> ?? [.. cases];
        return new PassRateRow(key, list.Count, list.Count(c => c.Verdict == InspectionVerdictKind.Pass));
    }

    private async Task<Rectification> AppendAsync(InspectionActor actor, Guid id, int expectedSequence, string? text, RectificationEventKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (kind != RectificationEventKind.Answered)
        {
            RequireInspector(actor);
        }

        var rectification = await store.FindRectificationAsync(id, cancellationToken)
            ?? throw new InspectionInvalidException([new InspectionError("rectificationId", $"整改单 {id} 不存在")]);
        if (kind == RectificationEventKind.Answered && !string.Equals(actor.UserName, rectification.Assignee, StringComparison.Ordinal))
        {
            throw new InspectionNotAllowedException($"整改单只能由责任人 {rectification.Assignee} 回复，{actor.DisplayName}（{actor.UserName}）不能回复。");
        }

        var errors = new List<InspectionError>();
        if (kind is RectificationEventKind.Answered or RectificationEventKind.Reopened && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new InspectionError("text", kind == RectificationEventKind.Answered ? "请写明整改情况" : "请写明退回原因"));
        }
        else if (text is { Length: > MaxTextLength })
        {
            errors.Add(new InspectionError("text", $"最多 {MaxTextLength} 字，现有 {text.Length} 字", MaxTextLength, text.Length));
        }

        InspectionInvalidException.ThrowIfAny(errors);
        if (rectification.LastSequence != expectedSequence)
        {
            var last = rectification.Events[^1];
            throw new InspectionConflictException($"整改单（{rectification.CaseNumber}）", last.ActorName, last.At);
        }

        var allowed = kind switch
        {
            RectificationEventKind.Answered => rectification.State == RectificationState.Open,
            RectificationEventKind.Closed => rectification.State == RectificationState.Answered,
            RectificationEventKind.Reopened => rectification.State is RectificationState.Answered or RectificationState.Closed,
            _ => false,
        };
        if (!allowed)
        {
            throw new InspectionNotAllowedException($"整改单（{rectification.CaseNumber}）当前状态为 {rectification.State}，不能执行 {kind}。");
        }

        var e = new RectificationEvent(expectedSequence + 1, kind, actor.UserName, actor.DisplayName, time.GetUtcNow(),
            string.IsNullOrWhiteSpace(text) ? null : text.Trim());
        await store.AppendRectificationEventAsync(id, e, cancellationToken);
        return rectification with { Events = [.. rectification.Events, e] };
    }

    private static void RequireInspector(InspectionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Roles.Contains(RegistryRoles.QualityInspector))
        {
            throw new InspectionNotAllowedException($"{actor.DisplayName}（{actor.UserName}）不是质检员，不能进行质检操作。");
        }
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), China);
}
