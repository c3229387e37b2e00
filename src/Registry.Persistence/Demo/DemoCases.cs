using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Domain.Parties;
using Registry.Domain.Register;
using Registry.Persistence.Cases;
using Registry.Persistence.Register;

namespace Registry.Persistence.Demo;

/// <summary>
/// Demo cases (业务件) and shared data derived from the demo register already in the database (fixed seed):
/// <list type="bullet">
/// <item>open resale cases (受理) on clean sole-owned flats, with contract, tax, identity and complete materials: they auto-approve;</item>
/// <item>open resale cases on every seized unit: the review blocks them;</item>
/// <item>finished cases (办结) rebuilt from the register's history — transfers, mortgages and seizures, each carrying the case
/// number of the entry it booked — some with deliberate defects for the self-check (about one in seven).</item>
/// </list>
/// </summary>
internal static class DemoCases
{
    /// <summary>First daily sequence of demo open cases, far above the register's own sequences.</summary>
    public const int OpenCaseSequenceStart = 900_001;

    /// <summary>Clean open resale cases created.</summary>
    public const int CleanResaleCount = 10;

    /// <summary>Reason recorded on steps done on a weekend, so self-check accepts them.</summary>
    public const string Overtime = Application.Review.FinishedCaseFactsBuilder.OvertimeReason;

    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly string[] Acceptors = ["受理员01", "受理员02", "受理员03"];
    private static readonly string[] Examiners = ["审核员01", "审核员02", "审核员03", "审核员04"];
    private static readonly string[] ResaleMaterials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT", "MARITAL_STATEMENT"];

    public static async Task<(int Open, int Finished)> SeedAsync(RegistryDbContext db, DateTimeOffset now, int seed, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(China).DateTime);
        var random = new Random(unchecked(seed * 7) + 3);
        var registers = await LoadRegistersAsync(db, cancellationToken);
        var shared = new DemoSharedData();
        foreach (var r in registers)
        {
            shared.AddRegister(r);
        }

        var cases = new List<RegistrationCase>();
        var sequence = OpenCaseSequenceStart;
        // Open cases are accepted this morning from 08:30, one a minute; before then (a first run just after
        // midnight Beijing time) they are dated back from now, so no case is accepted in the future.
        var acceptedAt = new DateTimeOffset(today.ToDateTime(new TimeOnly(8, 30)), China);
        var latestStart = now.ToOffset(China).AddMinutes(-(CleanResaleCount + 60));
        if (acceptedAt > latestStart)
        {
            acceptedAt = latestStart;
        }

        var clean = registers.Where(IsCleanSoleFlat).Take(CleanResaleCount).ToList();
        var seized = registers.Where(r => r.Current.ActiveSeizure is not null && r.Current.Ownership is not null).ToList();
        foreach (var r in clean.Concat(seized))
        {
            cases.Add(OpenResale(r, today, acceptedAt.AddMinutes(sequence - OpenCaseSequenceStart), sequence++, random, shared));
        }

        var open = cases.Count;
        foreach (var c in Finished(registers, random))
        {
            cases.Add(c);
        }

        // Bulk inserts in one transaction, like the register itself: the first run stays quick.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await shared.WriteAsync(db, connection, transaction, cancellationToken);
            await WriteAsync(db, connection, transaction, cases.Select(c => CaseRowMapper.ToRow(c, version: 1)), cancellationToken);
            await WriteAsync(db, connection, transaction, cases.SelectMany(CaseRowMapper.PartyRows), cancellationToken);
            await WriteAsync(db, connection, transaction, cases.SelectMany(CaseRowMapper.UnitRows), cancellationToken);
            await WriteAsync(db, connection, transaction, cases.SelectMany(CaseRowMapper.MaterialRows), cancellationToken);
            await WriteAsync(db, connection, transaction, cases.SelectMany(CaseRowMapper.HistoryRows), cancellationToken);
            await WriteAsync(db, connection, transaction, cases.Where(c => c.ReportedAt is not null).Select(BookingReportRow), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return (open, cases.Count - open);
    }

    // The demo's booking reports (登簿上报) are outbox events like a real booking's (CaseRecordWriter → IBookingReports),
    // delivered by the platform adapter at the acknowledgement time, or still pending when the demo plants that defect.
    private static Notifications.OutboxMessageRow BookingReportRow(RegistrationCase c)
    {
        var number = c.Number.Value;
        var text = string.Create(CultureInfo.InvariantCulture, $"【上报】业务件{number}（{c.BusinessType}）登簿。");
        return new Notifications.OutboxMessageRow
        {
            Id = Guid.CreateVersion7(c.ReportedAt!.Value),
            Channel = Application.Notifications.NotificationChannel.Platform,
            Recipient = "platform:province",
            TemplateKey = Application.Notifications.NotificationTemplates.BookingReport,
            ParametersJson = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["caseNumber"] = number }),
            Text = text,
            CaseNumber = number,
            DedupeKey = "booking-report:" + number,
            // An unacknowledged demo report gave up long ago (not retried at first run): the self-check shows it unacknowledged.
            Status = c.ReportAcknowledgedAt is null ? Application.Notifications.OutboxStatus.Failed : Application.Notifications.OutboxStatus.Delivered,
            Attempts = 1,
            NextAttemptAt = c.ReportedAt.Value,
            CreatedAt = c.ReportedAt.Value,
            DeliveredAt = c.ReportAcknowledgedAt,
            LastError = c.ReportAcknowledgedAt is null ? "demo: the platform did not acknowledge" : null,
        };
    }

    /// <summary>Inserts rows of one table through <see cref="RowBulkWriter{T}"/>.</summary>
    public static async Task WriteAsync<T>(RegistryDbContext db, DbConnection connection, DbTransaction transaction, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        using var writer = new RowBulkWriter<T>(db, connection, transaction);
        foreach (var row in rows)
        {
            await writer.WriteAsync(row, cancellationToken);
        }
    }

    private static async Task<List<UnitRegister>> LoadRegistersAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        // The demo county is small (2,000 units by default); a larger demo only derives cases from its first 5,000 units.
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Code).Take(5_000).ToListAsync(cancellationToken);
        var first = units.Count == 0 ? string.Empty : units[0].Code;
        var last = units.Count == 0 ? string.Empty : units[^1].Code;
#pragma warning disable CA1309 // translated to SQL; unit codes are ASCII
        var entries = (await db.Entries.AsNoTracking().Where(e => string.Compare(e.UnitCode, first) >= 0 && string.Compare(e.UnitCode, last) <= 0).ToListAsync(cancellationToken)).ToLookup(e => e.UnitCode);
        var holders = (await db.Holders.AsNoTracking().Where(h => string.Compare(h.UnitCode, first) >= 0 && string.Compare(h.UnitCode, last) <= 0).ToListAsync(cancellationToken)).ToLookup(h => h.EntryId);
#pragma warning restore CA1309
        return [.. units.Select(u => RegisterRowMapper.ToDomain(u, entries[u.Code], holders))];
    }

    private static bool IsCleanSoleFlat(UnitRegister r)
    {
        var s = r.Current;
        return r.Unit.Kind == UnitKind.Household
            && s.Ownership is { CoOwnership: CoOwnership.Sole, CertificateNumber: not null } o && o.Holders[0].Party is NaturalPerson
            && s.Mortgages.Count == 0 && s.ActiveSeizure is null && s.WaitingSeizures.Count == 0 && s.PreNotices.Count == 0
            && s.Objections.Count == 0 && s.ResidenceRights.Count == 0 && s.Easements.Count == 0;
    }

    private static RegistrationCase OpenResale(UnitRegister r, DateOnly today, DateTimeOffset acceptedAt, int sequence, Random random, DemoSharedData shared)
    {
        var number = CaseNumber.Create(DemoNames.Division, today, sequence);
        var ownership = r.Current.Ownership!;
        var sellers = ownership.Holders.Select(h => h.Party).ToList();
        var buyer = Person(random, today);
        shared.AddIdentity(buyer);
        var price = Math.Round(r.Unit.Area * random.Next(6_000, 14_000) / 1000m, 0) * 1000m;
        var code = r.Unit.Code.Value;
        shared.AddContract(string.Create(CultureInfo.InvariantCulture, $"WQ{number.Value}"), code, price, today.AddDays(-random.Next(3, 20)), sellers, [buyer]);
        shared.AddTaxPaid(number.Value, Math.Round(price * 0.01m, 2), string.Create(CultureInfo.InvariantCulture, $"SW{number.Value}"));
        shared.AddFundPaid(code);
        List<CaseParty> parties = [.. sellers.Select(s => new CaseParty(CasePartyRole.Transferor, s)), new CaseParty(CasePartyRole.Transferee, buyer)];
        return RegistrationCase.Accept(
            number,
            "HouseTransferResale",
            acceptedAt,
            Acceptors[sequence % Acceptors.Length],
            CaseChannel.Counter,
            "Sale",
            parties,
            [r.Unit.Code],
            // One buyer: sole ownership (the transfer effect needs the co-ownership form to book the case).
            new CaseDeclaration { DeclaredPrice = price, CertificateNo = ownership.CertificateNumber?.ToString(), Extras = new Dictionary<string, string> { ["coOwnership"] = "Sole" } },
            [.. ResaleMaterials.Select(m => new ReceivedMaterial(m, m == "SALE_CONTRACT" ? 12 : 1, sellers[0].Name, acceptedAt))]);
    }

    private static IEnumerable<RegistrationCase> Finished(IReadOnlyList<UnitRegister> registers, Random random)
    {
        var plan = new DefectPlan(random);
        var transfers = new List<(UnitRegister R, OwnershipEntry E, OwnershipEntry Previous)>();
        var mortgages = new List<(UnitRegister R, MortgageEntry E)>();
        var seizures = new List<(UnitRegister R, SeizureEntry E)>();
        foreach (var r in registers)
        {
            var owners = r.Entries.OfType<OwnershipEntry>().ToList();
            foreach (var o in owners)
            {
                if (owners.FirstOrDefault(p => p.ClosedByCaseNumber == o.CaseNumber) is { } previous)
                {
                    transfers.Add((r, o, previous));
                }
            }

            mortgages.AddRange(r.Entries.OfType<MortgageEntry>().Select(m => (r, m)));

            // The first entry of each seizure: a promoted one reuses the seizure id under the lifting case.
            seizures.AddRange(r.Entries.OfType<SeizureEntry>().GroupBy(s => s.SeizureId).Select(g => (r, g.OrderBy(s => s.RecordedAt).First())));
        }

        foreach (var (r, e, previous) in transfers.OrderBy(t => t.E.RecordedAt).Take(150))
        {
            yield return Transfer(r, e, previous, random, plan);
        }

        foreach (var (r, e) in mortgages.OrderBy(t => t.E.RecordedAt).Take(150))
        {
            if (r.AsOf(e.RecordedAt).Ownership is { } o)
            {
                yield return Mortgage(r, e, o, random, plan);
            }
        }

        foreach (var (r, e) in seizures.OrderBy(t => t.E.RecordedAt))
        {
            yield return Seizure(r, e, random, plan);
        }
    }

    private static RegistrationCase Transfer(UnitRegister r, OwnershipEntry e, OwnershipEntry previous, Random random, DefectPlan plan)
    {
        var defect = plan.Next(termPossible: false);
        var booked = e.RecordedAt;
        // A late case takes longer than any promise could allow: past the 30-working-day ceiling of Regulation art. 20,
        // which is what binds cases booked before the 2019 State Council targets (FinishedCaseFactsBuilder).
        var accepted = booked.AddDays(-(defect == FinishedDefect.Late ? 50 : random.Next(1, 3))).AddHours(-1);
        while (accepted.ToOffset(China).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            accepted = accepted.AddDays(-1);
        }

        List<CaseParty> parties =
        [
            .. previous.Holders.Select(h => new CaseParty(CasePartyRole.Transferor, h.Party)),
            .. e.Holders.Select(h => new CaseParty(CasePartyRole.Transferee, h.Party, h.Share)),
        ];
        var materials = ResaleMaterials;
        var certificate = e.CertificateNumber?.ToString();
        return Book(r, e.CaseNumber, "HouseTransferResale", "Sale", CaseChannel.Counter, parties, CaseDeclaration.None with { CertificateNo = previous.CertificateNumber?.ToString() }, materials, "SALE_CONTRACT", accepted, booked, certificate, defect, random);
    }

    private static RegistrationCase Mortgage(UnitRegister r, MortgageEntry e, OwnershipEntry ownership, Random random, DefectPlan plan)
    {
        var defect = plan.Next(termPossible: true);
        List<CaseParty> parties =
        [
            .. ownership.Holders.Select(h => new CaseParty(CasePartyRole.Mortgagor, h.Party)),
            new CaseParty(CasePartyRole.Mortgagee, e.Mortgagee),
        ];

        // A defective case declared (and booked) a debt term running past the land-use term (QC-Y-02).
        var termEnd = defect == FinishedDefect.Term && ownership.TermEnd is { } land ? land.AddYears(2) : e.DebtEnd;
        var declared = new CaseDeclaration
        {
            MortgageAmount = e.Amount,
            MortgageKind = e.MortgageKind.ToString(),
            MortgageTermStart = e.DebtStart,
            MortgageTermEnd = termEnd,
            CertificateNo = ownership.CertificateNumber?.ToString(),
        };
        string[] materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "MORTGAGE_CONTRACT", "LOAN_CONTRACT"];
        return Book(r, e.CaseNumber, "MortgageFirst", null, CaseChannel.BankBranch, parties, declared, materials, "MORTGAGE_CONTRACT", e.AcceptedAt, e.RecordedAt, e.ProofNumber?.ToString(), defect, random);
    }

    private static RegistrationCase Seizure(UnitRegister r, SeizureEntry e, Random random, DefectPlan plan)
    {
        var defect = plan.Next(termPossible: false);
        var declared = new CaseDeclaration
        {
            EntrustingAuthority = e.Authority,
            CourtDocumentNo = e.RulingNumber,
            ContractStart = e.Start,
            ContractEnd = e.End,
        };
        var type = e.State == SeizureState.Active ? "JudicialSeizure" : "WaitingSeizure";
        string[] materials = ["OFFICER_WORK_ID", "ASSISTANCE_NOTICE", "RULING"];
        var startOfDay = new DateTimeOffset(e.RecordedAt.ToOffset(China).Date, China);
        var accepted = defect == FinishedDefect.Late ? e.RecordedAt.AddDays(-3) : Max(e.RecordedAt.AddMinutes(-40), startOfDay);
        return Book(r, e.CaseNumber, type, "CourtOrder", CaseChannel.Entrusted, [], declared, materials, "RULING", accepted, e.RecordedAt, null, defect, random);
    }

    private static RegistrationCase Book(
        UnitRegister r,
        CaseNumber number,
        string type,
        string? cause,
        CaseChannel channel,
        List<CaseParty> parties,
        CaseDeclaration declared,
        string[] materials,
        string droppable,
        DateTimeOffset accepted,
        DateTimeOffset booked,
        string? certificate,
        FinishedDefect defect,
        Random random)
    {
        var acceptor = Acceptors[random.Next(Acceptors.Length)];
        var examiner = Examiners[random.Next(Examiners.Length)];
        var received = materials.Where(m => defect != FinishedDefect.MissingMaterial || m != droppable)
            .Select(m => new ReceivedMaterial(m, 1, parties.Count > 0 ? parties[0].Party.Name : null, accepted));
        var c = RegistrationCase.Accept(number, type, accepted, acceptor, channel, cause, parties, [r.Unit.Code], declared, [.. received]);
        var review = Min(accepted.AddMinutes(20), booked);
        var approve = booked.AddMinutes(-10) >= review ? booked.AddMinutes(-10) : review;
        Step(c, CaseStatus.UnderReview, review, "system");
        Step(c, CaseStatus.Approved, approve, examiner);
        Step(c, CaseStatus.Recorded, booked, defect == FinishedDefect.SameClerk ? acceptor : examiner);
        if (certificate is not null && defect != FinishedDefect.NoCertificate)
        {
            c.IssueCertificate(certificate);
        }
        else if (defect == FinishedDefect.NoCertificate && certificate is not null && type == "HouseTransferResale")
        {
            // A typing slip in the issued number (missing province and year).
            c.IssueCertificate(certificate[(certificate.IndexOf(')', StringComparison.Ordinal) + 1)..]);
        }

        Step(c, CaseStatus.Completed, booked.AddMinutes(40), examiner);
        if (defect != FinishedDefect.NotReported)
        {
            c.MarkReported(booked.AddMinutes(10), defect == FinishedDefect.NotAcknowledged ? null : booked.AddMinutes(25));
        }

        return c;
    }

    private static void Step(RegistrationCase c, CaseStatus to, DateTimeOffset at, string actor)
    {
        var day = at.ToOffset(China).DayOfWeek;
        c.MoveTo(to, at, actor, day is DayOfWeek.Saturday or DayOfWeek.Sunday ? Overtime : null);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static NaturalPerson Person(Random random, DateOnly today)
    {
        var male = random.Next(2) == 0;
        var name = DemoNames.Surnames[random.Next(DemoNames.Surnames.Length)] + (male ? DemoNames.GivenMale[random.Next(DemoNames.GivenMale.Length)] : DemoNames.GivenFemale[random.Next(DemoNames.GivenFemale.Length)]);
        var birth = new DateOnly(random.Next(1965, 2001), 1, 1).AddDays(random.Next(365));
        var body = string.Create(CultureInfo.InvariantCulture, $"340121{birth:yyyyMMdd}{(random.Next(0, 500) * 2) + (male ? 1 : 0):D3}");
        return new NaturalPerson(name, ResidentIdNumber.Parse(body + ResidentIdNumber.ComputeCheckCharacter(body), today));
    }

    /// <summary>
    /// About one case in seven gets a defect; the kinds rotate so every self-check category has some. Only mortgage
    /// cases can carry the term defect.
    /// </summary>
    private sealed class DefectPlan(Random random)
    {
        private int _planted;

        public FinishedDefect Next(bool termPossible)
        {
            if (random.Next(7) != 0)
            {
                return FinishedDefect.None;
            }

            var kinds = termPossible ? 7 : 6;
            return (FinishedDefect)(1 + (_planted++ % kinds));
        }
    }

    private enum FinishedDefect
    {
        None,
        SameClerk,
        MissingMaterial,
        NoCertificate,
        Late,
        NotReported,
        NotAcknowledged,
        Term,
    }
}
