using Registry.Application.Review.Facts;

namespace Registry.Rules.NRules;

/// <summary>Session context of one review: one case, the rules applicable to it, what fired and what threw.</summary>
internal sealed class ReviewSessionContext(MaterialsChecklist materials, int ruleCount, int derivedCount) : SessionContext(materials)
{
    /// <summary>Per derived kind: some applicable rule reads it.</summary>
    public bool[] Derived { get; } = new bool[derivedCount];

    public override bool Derives(int kind) => Derived[kind];

    public bool[] Applicable { get; } = new bool[ruleCount];

    public bool[] FiredRules { get; } = new bool[ruleCount];

    public List<object>?[] Matched { get; } = new List<object>?[ruleCount];

    public Exception?[] Errors { get; } = new Exception?[ruleCount];

    public override bool Applies(int rule, object facts) => Applicable[rule];

    public override void Fired(int rule, object facts, object? matched)
    {
        FiredRules[rule] = true;
        if (matched is not null)
        {
            (Matched[rule] ??= []).Add(matched);
        }
    }

    public override void Failed(int rule, object? facts, Exception exception) => Errors[rule] ??= exception;
}
