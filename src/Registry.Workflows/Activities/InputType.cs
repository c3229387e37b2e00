namespace Registry.Workflows.Activities;

/// <summary>The JSON type of a node input, as a designer's property panel offers it.</summary>
public enum InputType
{
    /// <summary>A non-empty string.</summary>
    Text,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number of at least 1 (e.g. a count of working days).</summary>
    PositiveInteger,

    /// <summary>An array of strings.</summary>
    TextList,

    /// <summary>An ISO 8601 duration as a string, such as <c>P15D</c> or <c>PT48H</c>.</summary>
    Duration,
}
