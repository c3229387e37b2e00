using Microsoft.Extensions.Localization;
using Registry.Application.Inspection;
using Registry.Web.Formatting;
using Registry.Web.Resources;

namespace Registry.Web.Components.Inspection;

/// <summary>An inspection refusal as the page says it: a too-long text in the UI language, other errors as the service wrote them.</summary>
internal static class InspectionErrorText
{
    public static string Describe(InspectionInvalidException e, IStringLocalizer<SharedResource> text) =>
        e.Errors.FirstOrDefault(x => x.Limit is not null) is { } tooLong
            ? FieldLimitText.Describe(tooLong.Field, tooLong.Limit!.Value, tooLong.Length ?? 0, text)
            : e.Message;

    public static string Describe(InspectionError error, IStringLocalizer<SharedResource> text) =>
        error.Limit is { } limit ? FieldLimitText.Describe(error.Field, limit, error.Length ?? 0, text) : error.Message;
}
