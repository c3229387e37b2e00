namespace Registry.Rules.NRules;

/// <summary>
/// The fact a session reviews: the facts object (<c>f</c>) with the context of its run. Every rule's condition is an
/// alpha condition on this one fact (applicability, then the rule's own expression), so a rule on the aggregate needs no
/// join at all, and a join rule joins only with the entries it reads. A class compared by reference: the fact records
/// compare by value, and two equal cases in one self-check batch must stay two facts.
/// </summary>
/// <typeparam name="TFacts">ReviewFacts or FinishedCaseFacts.</typeparam>
internal sealed class Subject<TFacts>(SessionContext context, TFacts facts)
    where TFacts : class
{
    /// <summary>Where the run's applicability is read and its results recorded.</summary>
    public SessionContext Context { get; } = context;

    /// <summary>The facts object the rules read as <c>f</c>.</summary>
    public TFacts Facts { get; } = facts;
}
