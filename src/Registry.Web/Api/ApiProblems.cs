using System.Globalization;
using Registry.Application.Intake;

namespace Registry.Web.Api;

/// <summary>RFC 7807 problem responses of the API; each names the field at fault.</summary>
internal static class ApiProblems
{
    /// <summary>The base of the problem type URIs (documented in the OpenAPI description).</summary>
    public const string TypeBase = "https://registry.example/problems/";

    public static IResult Invalid(IReadOnlyList<AcceptanceProblem> problems, string title, int status = StatusCodes.Status400BadRequest, string type = "invalid-application") =>
        Results.ValidationProblem(
            problems.GroupBy(p => p.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal),
            detail: string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")),
            statusCode: status,
            title: title,
            type: TypeBase + type);

    public static IResult Field(string field, string message, int status, string title, string type) =>
        Invalid([new AcceptanceProblem(field, message)], title, status, type);

    public static IResult Status(int status, string title, string? detail, string type) =>
        Results.Problem(detail: detail, statusCode: status, title: title, type: TypeBase + type);

    public static IResult Scan(ScanRefusedException e, string materialCode) => e.Kind switch
    {
        ScanProblemKind.TooLarge => Field($"materials.{materialCode}", $"{e.FileName} is larger than {e.Limit}", StatusCodes.Status413PayloadTooLarge, "Upload too large", "upload-too-large"),
        ScanProblemKind.TypeNotAllowed or ScanProblemKind.ContentMismatch => Field($"materials.{materialCode}", string.Create(CultureInfo.InvariantCulture, $"{e.FileName}: {e.Kind} (allowed: {e.Limit})"), StatusCodes.Status415UnsupportedMediaType, "Upload type not accepted", "upload-type"),
        _ => Field($"materials.{materialCode}", string.Create(CultureInfo.InvariantCulture, $"{e.FileName}: {e.Kind} ({e.Limit})"), StatusCodes.Status400BadRequest, "Upload refused", "upload-refused"),
    };
}
