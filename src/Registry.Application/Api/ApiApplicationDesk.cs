using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Catalogue;
using Registry.Application.Intake;
using Registry.Application.Transactions;
using Registry.Domain.Cases;

namespace Registry.Application.Api;

/// <summary>
/// Files an application for an API client (网上申请 by a bank outlet or a court): checks the client's scope, then in one
/// case command looks the idempotency key up, accepts the application (intelligent review and, where the type allows it,
/// automatic approval, recording and certificate run inside), stores the submission record, the API journal entry and the
/// result webhook. A retried request with the same key returns the same case and creates nothing.
/// </summary>
public sealed class ApiApplicationDesk(IServiceScopeFactory scopes, IBusinessTypeCatalogue catalogue, IMaterialScanStore scanStore, TimeProvider time)
{
    /// <summary>Files <paramref name="request"/> for <paramref name="client"/>.</summary>
    /// <exception cref="ApiFilingForbiddenException">The client's scope does not allow it (nothing saved).</exception>
    /// <exception cref="AcceptanceRefusedException">The application is wrong or incomplete (nothing saved).</exception>
    /// <exception cref="IdempotencyKeyReusedException">The key was used for another application (nothing saved).</exception>
    public async Task<ApiSubmissionOutcome> SubmitAsync(ApiClient client, string? idempotencyKey, AcceptanceRequest request, IReadOnlyList<StagedScan> scans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scans);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var journal = services.GetRequiredService<IApiJournal>();
        try
        {
            if (catalogue.TryFind(request.BusinessType, out var type) && type is not null
                && ApiFilingPolicy.Check(client, type, request) is { Count: > 0 } forbidden)
            {
                throw new ApiFilingForbiddenException(forbidden);
            }

            CheckScans(request, scans);
            var filed = request with { Channel = client.Kind == ApiClientKind.Court ? CaseChannel.Entrusted : CaseChannel.BankBranch };
            var hash = Hash(filed);
            (string CaseNumber, bool Replayed) result;
            try
            {
                result = await FileAsync(services, client, idempotencyKey, hash, filed, cancellationToken);
            }
            catch (DuplicateSubmissionException)
            {
                // A concurrent request with the same key committed first (server databases): this one was rolled back whole.
                result = await FileAsync(services, client, idempotencyKey, hash, filed, cancellationToken);
            }

            string? scanError = null;
            if (result.Replayed)
            {
                foreach (var scan in scans)
                {
                    await scanStore.DiscardAsync(scan, cancellationToken);
                }
            }
            else if (scans.Count > 0)
            {
                try
                {
                    await scanStore.AttachAsync(result.CaseNumber, scans, cancellationToken);
                }
                catch (IOException e)
                {
                    scanError = e.Message;
                }
            }

            var view = await services.GetRequiredService<ApiCaseQuery>().ReadAsync(result.CaseNumber, cancellationToken)
                ?? throw new InvalidOperationException($"Case {result.CaseNumber} was filed but cannot be read back.");
            return new ApiSubmissionOutcome(view, result.Replayed, scanError);
        }
        catch (Exception e) when (e is ApiFilingForbiddenException or AcceptanceRefusedException or IdempotencyKeyReusedException)
        {
            foreach (var scan in scans)
            {
                await scanStore.DiscardAsync(scan, CancellationToken.None);
            }

            var outcome = e switch
            {
                ApiFilingForbiddenException f => "forbidden: " + string.Join(",", f.Problems.Select(p => p.Field)),
                AcceptanceRefusedException r => "refused: " + string.Join(",", r.Problems.Select(p => p.Field)),
                _ => "conflict: idempotency-key",
            };
            await journal.AppendAsync(new ApiJournalEntry(client.ClientId, "submit", null, Truncate(outcome), time.GetUtcNow()), CancellationToken.None);
            throw;
        }
    }

    private async Task<(string CaseNumber, bool Replayed)> FileAsync(IServiceProvider services, ApiClient client, string? key, string hash, AcceptanceRequest request, CancellationToken cancellationToken)
    {
        var submissions = services.GetRequiredService<IApiSubmissionStore>();
        var journal = services.GetRequiredService<IApiJournal>();
        return await services.GetRequiredService<ICaseCommandTransaction>().RunAsync(async ct =>
        {
            var now = time.GetUtcNow();
            if (key is not null && await submissions.FindByKeyAsync(client.ClientId, key, ct) is { } earlier)
            {
                if (earlier.RequestHash != hash)
                {
                    throw new IdempotencyKeyReusedException(earlier.CaseNumber);
                }

                await journal.AppendAsync(new ApiJournalEntry(client.ClientId, "submit", earlier.CaseNumber, "replayed", now), ct);
                return (earlier.CaseNumber, true);
            }

            var accepted = await services.GetRequiredService<AcceptanceService>().AcceptAsync(request, client.Actor, ct);
            var caseNumber = accepted.Case.Number.Value;
            await submissions.AddAsync(new ApiSubmissionRecord(caseNumber, client.ClientId, key, hash, now), ct);
            await journal.AppendAsync(new ApiJournalEntry(client.ClientId, "submit", caseNumber, "accepted: " + accepted.Case.Status, now), ct);

            // The automatic steps may already have finished the case inside acceptance, before this record existed.
            await services.GetRequiredService<ApiResultWebhooks>().EnqueueAsync(accepted.Case, ct);
            return (caseNumber, false);
        }, cancellationToken);
    }

    private static void CheckScans(AcceptanceRequest request, IReadOnlyList<StagedScan> scans)
    {
        var problems = scans.Select(s => s.MaterialCode).Distinct(StringComparer.Ordinal)
            .Where(code => !request.Materials.Contains(code, StringComparer.Ordinal))
            .Select(code => new AcceptanceProblem($"materials.{code}", $"a scan of {code} was uploaded but the material is not listed in materials", AcceptanceProblemCode.ScanWithoutMaterial, [code]))
            .ToList();
        if (problems.Count > 0)
        {
            throw new AcceptanceRefusedException(problems);
        }
    }

    // The application as filed, in a fixed order; scans are not part of it (a retry may upload them again).
    private static string Hash(AcceptanceRequest request)
    {
        var canonical = JsonSerializer.Serialize(new
        {
            request.BusinessType,
            request.Units,
            Parties = request.Parties.Select(p => new[] { p.Role, p.Name, p.IdNumber, p.Share, p.IdType }),
            Facts = request.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new[] { f.Key, f.Value }),
            request.Materials,
            request.Cause,
        });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Truncate(string text) => text.Length > 200 ? text[..200] : text;
}
