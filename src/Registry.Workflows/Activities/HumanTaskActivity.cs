using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Activities;

/// <summary>A task a person completes (受理, 初审, 核定…): opens a bookmark for a role or candidate group and waits.</summary>
internal sealed class HumanTaskActivity : Activity
{
    public HumanTaskActivity(NodeDefinition node, NodeInputs inputs)
        : base(node)
    {
        Role = inputs.String("role");
        CandidateGroup = inputs.String("candidateGroup");
        if (Role is null && CandidateGroup is null)
        {
            inputs.Issue("role", "a human task needs a role or a candidate group");
        }

        Outcomes = [.. inputs.Strings("outcomes").Where(Definitions.Outcomes.HumanTaskOutcomes.Contains)];

        OpinionRequired = inputs.Bool("opinionRequired", false);
        FormFields = inputs.Strings("formFields");
    }

    public string? Role { get; }

    public string? CandidateGroup { get; }

    public IReadOnlyList<string> Outcomes { get; }

    public bool OpinionRequired { get; }

    public IReadOnlyList<string> FormFields { get; }

    public override IReadOnlyCollection<string> PossibleOutcomes => Outcomes;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.HasOpenBookmarkOn(Id))
        {
            // Already waiting here: a second token must not open a second task on a sequential node.
            return ValueTask.FromResult(ActivityResult.Wait);
        }

        state.Open.Add(new Bookmark(context.NewBookmarkId(), Id, Name, BookmarkKind.HumanTask, state.Now, Role, CandidateGroup));
        state.Write(JournalAction.Activated, Id, Name, actor: "system");
        return ValueTask.FromResult(ActivityResult.Wait);
    }

    /// <summary>Checks a decision against what the task allows; throws naming what is wrong.</summary>
    public void Validate(TaskDecision decision)
    {
        if (!Outcomes.Contains(decision.Outcome, StringComparer.Ordinal))
        {
            throw new WorkflowOperationException($"task {Name} does not allow outcome '{decision.Outcome}' (allowed: {string.Join(", ", Outcomes)})");
        }

        if (OpinionRequired && string.IsNullOrWhiteSpace(decision.Opinion) && decision.Outcome != Definitions.Outcomes.Suspend)
        {
            throw new WorkflowOperationException($"task {Name} requires an opinion");
        }

        if (string.IsNullOrWhiteSpace(decision.Actor))
        {
            throw new WorkflowOperationException($"task {Name}: the decision names no actor");
        }
    }

    /// <summary>Copies the decision's form fields into instance variables.</summary>
    public void ApplyForm(ExecutionState state, ImmutableDictionary<string, string>? inputs)
    {
        if (inputs is null)
        {
            return;
        }

        foreach (var field in FormFields)
        {
            if (inputs.TryGetValue(field, out var value))
            {
                state.Variables[field] = value;
            }
        }
    }
}
