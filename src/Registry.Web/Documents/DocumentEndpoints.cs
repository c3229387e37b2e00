using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Registry.Application.Documents;

namespace Registry.Web.Documents;

/// <summary>
/// PDF downloads of a case's documents. Each asks <see cref="CaseDocuments"/>, which checks the user's roles; the receipt
/// is a form post carrying the query code shown at acceptance (never in an address, so it stays out of logs and history).
/// </summary>
public static class DocumentEndpoints
{
    /// <summary>Where the acceptance page posts for the receipt.</summary>
    public const string ReceiptPath = "/documents/receipt";

    /// <summary>A case's document by kind: supplement, refusal or certificate.</summary>
    public static string CasePath(string caseNumber, string kind) => $"/documents/cases/{Uri.EscapeDataString(caseNumber)}/{kind}.pdf";

    /// <summary>Maps <c>/documents/…</c>.</summary>
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/documents").RequireAuthorization();
        group.MapPost("/receipt", ReceiptAsync).DisableAntiforgery(); // checked explicitly below, as sign-out does
        group.MapGet("/cases/{caseNumber}/supplement.pdf", async (HttpContext context, CaseDocuments documents, CaseDocumentPdfs pdfs, string caseNumber) =>
            Pdf(await documents.SupplementAsync(caseNumber, Roles(context.User), context.RequestAborted), pdfs.Supplement, $"supplement-{caseNumber}.pdf"));
        group.MapGet("/cases/{caseNumber}/refusal.pdf", async (HttpContext context, CaseDocuments documents, CaseDocumentPdfs pdfs, string caseNumber) =>
            Pdf(await documents.RefusalAsync(caseNumber, Roles(context.User), context.RequestAborted), pdfs.Refusal, $"refusal-{caseNumber}.pdf"));
        group.MapGet("/cases/{caseNumber}/certificate.pdf", async (HttpContext context, CaseDocuments documents, CaseDocumentPdfs pdfs, string caseNumber) =>
            Pdf(await documents.CertificateAsync(caseNumber, Roles(context.User), context.RequestAborted), pdfs.Certificate, $"certificate-{caseNumber}.pdf"));
        return endpoints;
    }

    private static async Task<IResult> ReceiptAsync(HttpContext context, IAntiforgery antiforgery, CaseDocuments documents, CaseDocumentPdfs pdfs)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Text("缺少或无效的防伪令牌 / missing or invalid anti-forgery token", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var caseNumber = form["caseNumber"].ToString();
        var outcome = await documents.ReceiptAsync(caseNumber, form["queryCode"].ToString(), Roles(context.User), context.RequestAborted);
        return Pdf(outcome, pdfs.Receipt, $"receipt-{caseNumber}.pdf");
    }

    private static IResult Pdf<T>(DocumentOutcome<T> outcome, Func<T, byte[]> render, string fileName)
        where T : class => outcome switch
    {
        { Document: { } document } => Results.File(render(document), CaseDocumentPdfs.ContentType, fileName),
        { Refusal: DocumentRefusal.Forbidden } => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权打印该文书 / your roles do not hand out this document"),
        { Refusal: DocumentRefusal.NotFound } => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "业务不存在 / no such case"),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "该业务当前没有此文书 / the case has no such document in its present state"),
    };

    private static string[] Roles(ClaimsPrincipal user) => [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)];
}
