using System.Collections.Immutable;
using Registry.Workflows.Definitions;

namespace Registry.Workflows.Activities;

/// <summary>One typed input of an activity kind (a key of a node's <c>inputs</c> object).</summary>
/// <param name="Name">The JSON key, e.g. <c>role</c>.</param>
/// <param name="Type">The value's type.</param>
/// <param name="Required">Whether a node of the kind must give it.</param>
/// <param name="AllowedValues">The values allowed (for a list: for each item); empty when any value of the type is allowed.</param>
/// <param name="Picker">Where the values come from (roles, rule sets, signals); checked against the known sets when given.</param>
/// <param name="Help">What the input means, for a designer's property panel.</param>
public sealed record InputDescriptor(
    string Name,
    InputType Type,
    bool Required,
    ImmutableArray<string> AllowedValues,
    PickerSource Picker,
    LocalizedText Help);
