namespace Registry.Rules.NRules;

/// <summary>
/// The context of one run, reached from every <see cref="Subject{TFacts}"/>: the materials checklist the conditions read
/// as <c>m</c>, which rules apply to which facts (stage, business type, effective dates — decided outside NRules, so
/// rules that do not apply never evaluate their expression), and where the rules' actions and the error events record
/// their results.
/// </summary>
internal abstract class SessionContext(MaterialsChecklist materials)
{
    /// <summary>The materials checklist (<c>m</c> in rule expressions).</summary>
    public MaterialsChecklist Materials { get; } = materials;

    /// <summary>True when rule number <paramref name="rule"/> applies to <paramref name="facts"/>.</summary>
    public abstract bool Applies(int rule, object facts);

    /// <summary>True when derived kind <paramref name="kind"/> is read by a rule that applies in this run (else it is not inferred).</summary>
    public virtual bool Derives(int kind) => false;

    /// <summary>Records that rule <paramref name="rule"/> fired (its condition failed) on <paramref name="facts"/>; for a join, with the entry matched.</summary>
    public abstract void Fired(int rule, object facts, object? matched);

    /// <summary>Records that evaluating rule <paramref name="rule"/> on <paramref name="facts"/> threw.</summary>
    public abstract void Failed(int rule, object? facts, Exception exception);
}
