namespace Registry.Application.Designer;

/// <summary>A binding or a new definition was refused; nothing was written. Names the field, the reason and the values concerned.</summary>
public sealed class WorkflowBindingRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="field">The field refused (<c>businessType</c>, <c>definitionId</c>, <c>id</c>, <c>name</c>, <c>template</c>).</param>
    /// <param name="reason">Why.</param>
    /// <param name="message">The reason in English (for logs; the console words it from <paramref name="reason"/>).</param>
    /// <param name="arguments">The values the message names, in order.</param>
    public WorkflowBindingRefusedException(string field, WorkflowBindingRefusal reason, string message, params string[] arguments)
        : base(message)
    {
        Field = field;
        Reason = reason;
        Arguments = arguments;
    }

    /// <summary>The field refused.</summary>
    public string Field { get; }

    /// <summary>Why.</summary>
    public WorkflowBindingRefusal Reason { get; }

    /// <summary>The values the message names, in order.</summary>
    public IReadOnlyList<string> Arguments { get; }
}
