using System.Collections.Immutable;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;

namespace Registry.Workflows.Activities;

/// <summary>Issues a certificate (缮证) through the certificate port; keeps the number as variable <c>{id}.ref</c>.</summary>
internal sealed class CertificateActivity(NodeDefinition node, NodeInputs inputs) : Activity(node)
{
    private static readonly ImmutableArray<string> DoneOnly = [Outcomes.Done];

    public string? CertificateKind { get; } = inputs.String("certificateKind");

    public override IReadOnlyCollection<string> PossibleOutcomes => DoneOnly;

    public override bool CallsPorts => true;

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var issuer = ActivityPorts.Require(context.Ports.Certificates, Id);
        var number = await issuer.IssueAsync(context.Request(Id, CertificateKind), cancellationToken).ConfigureAwait(false);
        context.State.Variables[$"{Id}.ref"] = number;
        context.State.Write(JournalAction.Executed, Id, Name, Outcomes.Done, number, actor: "system");
        return ActivityResult.Continue(Outcomes.Done);
    }
}
