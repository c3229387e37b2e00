using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Registry.Application.Api;
using Registry.Application.Intake;

namespace Registry.Web.Api;

/// <summary>
/// <c>/api/v1/applications</c>: submit (JSON, or multipart with the materials as files), read the status and the findings.
/// Every refusal is an RFC 7807 problem naming the field, and nothing is written but the journal entry.
/// </summary>
internal static class ApplicationEndpoints
{
    /// <summary>The request header that makes a retried submission return the same case.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Set on the answer to a retried submission.</summary>
    public const string ReplayedHeader = "Idempotency-Replayed";

    /// <summary>Longest idempotency key.</summary>
    public const int MaxIdempotencyKeyLength = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, // a misspelt field is named, not silently dropped
    };

    public static RouteGroupBuilder MapApplicationEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/applications", SubmitAsync)
            .WithName("SubmitApplication")
            .WithSummary("Submit an application (JSON, or multipart/form-data with an 'application' JSON part and one file part per material code)")
            .Accepts<ApiApplicationRequest>("application/json", "multipart/form-data")
            .Produces<ApiCaseResponse>(StatusCodes.Status201Created)
            .Produces<ApiCaseResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery();
        group.MapGet("/applications/{caseNumber}", GetAsync)
            .WithName("GetApplication")
            .WithSummary("The case's status, certificate number and findings (poll until it reaches a result)")
            .Produces<ApiCaseResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/applications/{caseNumber}/findings", GetFindingsAsync)
            .WithName("GetApplicationFindings")
            .WithSummary("The intelligent review's failed or errored findings of the case")
            .Produces<IReadOnlyList<ApiFindingResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, ApiCallers callers, ApiApplicationDesk desk, IMaterialScanStore scans, IOptions<ApiOptions> options)
    {
        var cancellationToken = http.RequestAborted;
        var (client, refused) = await callers.ResolveAsync(http.User, cancellationToken);
        if (client is null)
        {
            return refused!;
        }

        string? key = http.Request.Headers[IdempotencyKeyHeader];
        if (key is not null && (key.Length is 0 or > MaxIdempotencyKeyLength || key.Any(c => c < 0x21 || c > 0x7E)))
        {
            return ApiProblems.Field(IdempotencyKeyHeader, $"1 to {MaxIdempotencyKeyLength} visible ASCII characters", StatusCodes.Status400BadRequest, "Invalid Idempotency-Key", "invalid-idempotency-key");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.Value.MaxRequestBytes;
        }

        var staged = new List<StagedScan>();
        try
        {
            ApiApplicationRequest? body;
            if (http.Request.HasJsonContentType())
            {
                body = await JsonSerializer.DeserializeAsync<ApiApplicationRequest>(http.Request.Body, Json, cancellationToken);
            }
            else if (http.Request.HasFormContentType && http.Request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.Value.MaxRequestBytes }, cancellationToken);
                if (form["application"].FirstOrDefault() is not { } json)
                {
                    return ApiProblems.Field("application", "the multipart request needs an 'application' part holding the application's JSON", StatusCodes.Status400BadRequest, "Invalid application", "invalid-application");
                }

                body = JsonSerializer.Deserialize<ApiApplicationRequest>(json, Json);
                foreach (var file in form.Files)
                {
                    try
                    {
                        await using var stream = file.OpenReadStream();
                        staged.Add(await scans.StageAsync(file.Name, file.FileName, file.Length, stream, cancellationToken));
                    }
                    catch (ScanRefusedException e)
                    {
                        await DiscardAsync(scans, staged);
                        return ApiProblems.Scan(e, file.Name);
                    }
                    catch (ArgumentException e)
                    {
                        await DiscardAsync(scans, staged);
                        return ApiProblems.Field($"materials.{file.Name}", e.Message, StatusCodes.Status400BadRequest, "Invalid material code", "invalid-application");
                    }
                }
            }
            else
            {
                return ApiProblems.Field("Content-Type", $"'{http.Request.ContentType}' is not accepted: send application/json or multipart/form-data", StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "unsupported-media-type");
            }

            if (body is null || string.IsNullOrWhiteSpace(body.BusinessType))
            {
                await DiscardAsync(scans, staged);
                return ApiProblems.Field("businessType", "required", StatusCodes.Status400BadRequest, "Invalid application", "invalid-application");
            }

            var outcome = await desk.SubmitAsync(client, key, ToAcceptance(body), staged, cancellationToken);
            var response = ToResponse(outcome.Case);
            if (outcome.Replayed)
            {
                http.Response.Headers[ReplayedHeader] = "true";
                return Results.Ok(response);
            }

            return Results.Created($"/api/v1/applications/{response.CaseNumber}", response);
        }
        catch (JsonException e)
        {
            await DiscardAsync(scans, staged);
            return ApiProblems.Field(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, "malformed JSON: " + FirstLine(e.Message), StatusCodes.Status400BadRequest, "Malformed JSON", "malformed-json");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await DiscardAsync(scans, staged);
            return ApiProblems.Field("materials", string.Create(CultureInfo.InvariantCulture, $"the request is larger than {options.Value.MaxRequestBytes} bytes"), StatusCodes.Status413PayloadTooLarge, "Request too large", "upload-too-large");
        }
        catch (InvalidDataException e)
        {
            await DiscardAsync(scans, staged);
            return ApiProblems.Field("materials", e.Message, StatusCodes.Status413PayloadTooLarge, "Request too large", "upload-too-large");
        }
        catch (ApiFilingForbiddenException e)
        {
            return ApiProblems.Invalid(e.Problems, "Not within the client's scope", StatusCodes.Status403Forbidden, "insufficient-scope");
        }
        catch (AcceptanceRefusedException e)
        {
            return ApiProblems.Invalid(e.Problems, "Application refused (不予受理)", StatusCodes.Status422UnprocessableEntity, "application-refused");
        }
        catch (IdempotencyKeyReusedException e)
        {
            return ApiProblems.Field(IdempotencyKeyHeader, e.Message, StatusCodes.Status409Conflict, "Idempotency-Key reused", "idempotency-key-reused");
        }
    }

    private static async Task<IResult> GetAsync(string caseNumber, HttpContext http, ApiCallers callers, ApiCaseQuery query)
    {
        var (client, refused) = await callers.ResolveAsync(http.User, http.RequestAborted);
        if (client is null)
        {
            return refused!;
        }

        var view = await query.FindAsync(client, caseNumber, "status", http.RequestAborted);
        return view is null ? NotFound(caseNumber) : Results.Ok(ToResponse(view));
    }

    private static async Task<IResult> GetFindingsAsync(string caseNumber, HttpContext http, ApiCallers callers, ApiCaseQuery query)
    {
        var (client, refused) = await callers.ResolveAsync(http.User, http.RequestAborted);
        if (client is null)
        {
            return refused!;
        }

        var view = await query.FindAsync(client, caseNumber, "findings", http.RequestAborted);
        return view is null ? NotFound(caseNumber) : Results.Ok(ToResponse(view).Findings);
    }

    private static IResult NotFound(string caseNumber) =>
        ApiProblems.Field("caseNumber", $"no case {caseNumber} filed by this client", StatusCodes.Status404NotFound, "Case not found", "case-not-found");

    private static AcceptanceRequest ToAcceptance(ApiApplicationRequest body) => new()
    {
        BusinessType = body.BusinessType.Trim(),
        Units = body.Units ?? [],
        Parties = (body.Parties ?? []).Select(p => new AcceptanceParty(p.Role ?? string.Empty, p.Name ?? string.Empty, p.IdNumber ?? string.Empty, p.Share, p.IdType)).ToList(),
        Facts = (body.Facts ?? new Dictionary<string, JsonElement>()).ToDictionary(f => f.Key, f => FactText(f.Value), StringComparer.Ordinal),
        Materials = body.Materials ?? [],
        Cause = body.Cause,
    };

    // Facts are text to the acceptance checks; a JSON number or boolean is taken as written.
    private static string FactText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };

    private static ApiCaseResponse ToResponse(ApiCaseView view) => new(
        view.CaseNumber, view.BusinessType, view.Status.ToString(), view.CertificateNumber, view.AcceptedAt, view.AutoApproved, view.RulesPassed,
        view.Findings.Select(f => new ApiFindingResponse(f.RuleCode, f.Severity, f.Outcome, f.Unit, f.Message, f.MessageEn)).ToList());

    private static async Task DiscardAsync(IMaterialScanStore scans, List<StagedScan> staged)
    {
        foreach (var scan in staged)
        {
            await scans.DiscardAsync(scan, CancellationToken.None);
        }

        staged.Clear();
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
