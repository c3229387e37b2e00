namespace Registry.Application.RuleSets;

/// <summary>
/// Another version of the rule set was published after the one the draft was edited from (two admins publishing at
/// once: the first wins). Names who published it and when; nothing of the losing publish was written.
/// </summary>
public sealed class RuleSetPublishConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="version">The version that got there first.</param>
    /// <param name="publishedBy">Who published it.</param>
    /// <param name="publishedAt">When.</param>
    public RuleSetPublishConflictException(string ruleSet, int version, string publishedBy, DateTimeOffset publishedAt)
        : base($"rule set {ruleSet} v{version} was published by {publishedBy} at {publishedAt:O} after your draft was started; reload and publish again")
    {
        RuleSet = ruleSet;
        Version = version;
        PublishedBy = publishedBy;
        PublishedAt = publishedAt;
    }

    /// <summary>Creates the exception.</summary>
    public RuleSetPublishConflictException()
        : this(string.Empty, 0, string.Empty, default)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleSetPublishConflictException(string message)
        : base(message)
    {
        RuleSet = string.Empty;
        PublishedBy = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetPublishConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleSet = string.Empty;
        PublishedBy = string.Empty;
    }

    /// <summary>The rule set.</summary>
    public string RuleSet { get; }

    /// <summary>The version that won.</summary>
    public int Version { get; }

    /// <summary>Who published the winning version.</summary>
    public string PublishedBy { get; }

    /// <summary>When the winning version was published.</summary>
    public DateTimeOffset PublishedAt { get; }
}
