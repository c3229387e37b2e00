namespace Registry.Designer.Canvas;

/// <summary>How the property panel edits a node input.</summary>
public enum CanvasInputType
{
    /// <summary>An office role, picked from the roles (<c>RegistryRoles</c>).</summary>
    Role,

    /// <summary>A rule set, picked from the rule sets the designer lists.</summary>
    RuleSet,

    /// <summary>A signal name (e.g. <c>tax-paid</c>).</summary>
    Signal,

    /// <summary>A count of working days (a positive whole number).</summary>
    WorkingDays,

    /// <summary>The outcomes a human task offers (each a port on the canvas).</summary>
    Outcomes,

    /// <summary>Yes or no.</summary>
    Flag,

    /// <summary>One of a few values.</summary>
    Choice,

    /// <summary>Free text.</summary>
    Text,
}
