using Registry.Application.Inspection;

namespace Registry.Web.Components.Inspection;

/// <summary>What a rectification card asks its page to do.</summary>
/// <param name="RectificationId">The rectification.</param>
/// <param name="ExpectedSequence">The last event the card showed.</param>
/// <param name="Kind">Answer, close or re-open.</param>
/// <param name="Text">The answer or note.</param>
public sealed record RectificationAction(Guid RectificationId, int ExpectedSequence, RectificationEventKind Kind, string? Text);
