using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Registry.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    Office = table.Column<string>(type: "text", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BusinessTypeWorkflows",
                columns: table => new
                {
                    BusinessType = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    BoundAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BoundBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessTypeWorkflows", x => x.BusinessType);
                });

            migrationBuilder.CreateTable(
                name: "CalendarYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "CaseDeadlines",
                columns: table => new
                {
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BusinessType = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    OfficeCode = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: true),
                    Assignee = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TimeLimitCode = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    PausesJson = table.Column<string>(type: "text", nullable: false),
                    ExtensionsJson = table.Column<string>(type: "text", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AmberFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EscalateAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    NextCheckAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDeadlines", x => x.CaseNumber);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: false),
                    BusinessType = table.Column<string>(type: "character varying(60)", unicode: false, maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    Cause = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DeclaredPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    CertificateNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    MortgageAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MortgageTermStart = table.Column<DateOnly>(type: "date", nullable: true),
                    MortgageTermEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    MortgageKind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: true),
                    EntrustingAuthority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CourtDocumentNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContractStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    ObjectionMatter = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExtrasJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WorkflowInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedCertificateNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReportAcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionSamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromDay = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDay = table.Column<DateOnly>(type: "date", nullable: false),
                    BusinessType = table.Column<string>(type: "character varying(60)", unicode: false, maxLength: 60, nullable: true),
                    Rate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    Population = table.Column<int>(type: "integer", nullable: false),
                    DrawnBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrawnByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionSamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TemplateKey = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    ParametersJson = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DedupeKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterExpiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(28)", unicode: false, maxLength: 28, nullable: false),
                    EntryReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IsProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    LapseAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Renewals = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterExpiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RuleSetVersions",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BasedOn = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleSetVersions", x => new { x.Name, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "SelfCheckCaseResults",
                columns: table => new
                {
                    CaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: false),
                    RuleSetVersion = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    BusinessType = table.Column<string>(type: "character varying(60)", unicode: false, maxLength: 60, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Skipped = table.Column<bool>(type: "boolean", nullable: false),
                    FindingCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfCheckCaseResults", x => new { x.CaseNumber, x.RuleSetVersion });
                });

            migrationBuilder.CreateTable(
                name: "SelfCheckRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RangeFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RangeTo = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RuleSetVersion = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    Lease = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    ActiveSlot = table.Column<int>(type: "integer", nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HeartbeatAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TotalCases = table.Column<long>(type: "bigint", nullable: false),
                    CheckedCases = table.Column<long>(type: "bigint", nullable: false),
                    CasesWithFindings = table.Column<long>(type: "bigint", nullable: false),
                    SkippedCases = table.Column<long>(type: "bigint", nullable: false),
                    CountsJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CursorAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CursorCase = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfCheckRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sequences",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sequences", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "SharedContracts",
                columns: table => new
                {
                    ContractNo = table.Column<string>(type: "character varying(60)", unicode: false, maxLength: 60, nullable: false),
                    UnitCode = table.Column<string>(type: "character(28)", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    Price = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    IsFiled = table.Column<bool>(type: "boolean", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedContracts", x => x.ContractNo);
                });

            migrationBuilder.CreateTable(
                name: "SharedCourtDocuments",
                columns: table => new
                {
                    DocumentNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Court = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InForce = table.Column<bool>(type: "boolean", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(28)", unicode: false, maxLength: 28, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedCourtDocuments", x => x.DocumentNo);
                });

            migrationBuilder.CreateTable(
                name: "SharedIdentities",
                columns: table => new
                {
                    IdNumber = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    CapacityRuling = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedIdentities", x => x.IdNumber);
                });

            migrationBuilder.CreateTable(
                name: "SharedMaintenanceFunds",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "character(28)", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    Paid = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedMaintenanceFunds", x => x.UnitCode);
                });

            migrationBuilder.CreateTable(
                name: "SharedMarriages",
                columns: table => new
                {
                    IdNumber = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    SpouseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SpouseIdNumber = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedMarriages", x => x.IdNumber);
                });

            migrationBuilder.CreateTable(
                name: "SharedTaxPayments",
                columns: table => new
                {
                    CaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: false),
                    Paid = table.Column<bool>(type: "boolean", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    VoucherNo = table.Column<string>(type: "character varying(60)", unicode: false, maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedTaxPayments", x => x.CaseNumber);
                });

            migrationBuilder.CreateTable(
                name: "SharedUnitRestrictions",
                columns: table => new
                {
                    RecordNo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitCode = table.Column<string>(type: "character(28)", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CoveredTypes = table.Column<string>(type: "character varying(500)", unicode: false, maxLength: 500, nullable: false),
                    Released = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedUnitRestrictions", x => x.RecordNo);
                });

            migrationBuilder.CreateTable(
                name: "StaffInboxItems",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TemplateKey = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffInboxItems", x => x.MessageId);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character(28)", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    ParcelCode = table.Column<string>(type: "character(19)", unicode: false, fixedLength: true, maxLength: 19, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Use = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Area = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowBookmarks",
                columns: table => new
                {
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    BookmarkId = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    InstanceStatus = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    NodeId = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    NodeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    Role = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CandidateGroup = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Assignee = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignalName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowBookmarks", x => new { x.InstanceId, x.BookmarkId });
                });

            migrationBuilder.CreateTable(
                name: "WorkflowDefinitions",
                columns: table => new
                {
                    DefinitionId = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowDefinitions", x => new { x.DefinitionId, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "WorkflowInstances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    JournalSequence = table.Column<long>(type: "bigint", nullable: false),
                    JournalHead = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false, defaultValue: ""),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowInstances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowJournal",
                columns: table => new
                {
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    NodeId = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: true),
                    NodeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    Opinion = table.Column<string>(type: "text", nullable: true),
                    Inputs = table.Column<string>(type: "text", nullable: false),
                    RuleResultReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Hash = table.Column<string>(type: "character(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowJournal", x => new { x.InstanceId, x.Sequence });
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseMaterials",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", unicode: false, maxLength: 60, nullable: false),
                    Pages = table.Column<int>(type: "integer", nullable: false),
                    ProvidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ViaDataSharing = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMaterials", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_CaseMaterials_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseParties",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    IdKind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    ShareNumerator = table.Column<long>(type: "bigint", nullable: true),
                    ShareDenominator = table.Column<long>(type: "bigint", nullable: true),
                    IsApplicant = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseParties", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_CaseParties_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseStatusChanges",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStatusChanges", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_CaseStatusChanges_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseUnits",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character(28)", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseUnits", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_CaseUnits_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    RequestName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    Verdict = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    AutoApproved = table.Column<bool>(type: "boolean", nullable: true),
                    EvaluatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RuleSets = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewRuns_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionSampleCases",
                columns: table => new
                {
                    SampleId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: false),
                    BusinessType = table.Column<string>(type: "character varying(60)", unicode: false, maxLength: 60, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResponsibleExaminer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionSampleCases", x => new { x.SampleId, x.CaseNumber });
                    table.ForeignKey(
                        name: "FK_InspectionSampleCases_InspectionSamples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "InspectionSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RuleVersions",
                columns: table => new
                {
                    RuleSetName = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    RuleSetVersion = table.Column<int>(type: "integer", nullable: false),
                    RuleCode = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    RuleVersion = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleVersions", x => new { x.RuleSetName, x.RuleSetVersion, x.RuleCode, x.RuleVersion });
                    table.ForeignKey(
                        name: "FK_RuleVersions_RuleSetVersions_RuleSetName_RuleSetVersion",
                        columns: x => new { x.RuleSetName, x.RuleSetVersion },
                        principalTable: "RuleSetVersions",
                        principalColumns: new[] { "Name", "Version" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfCheckFindings",
                columns: table => new
                {
                    CaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: false),
                    RuleSetVersion = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    RuleSet = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    RuleCode = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    RuleVersion = table.Column<int>(type: "integer", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    Severity = table.Column<string>(type: "character varying(8)", unicode: false, maxLength: 8, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(8)", unicode: false, maxLength: 8, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MessageZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MessageEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfCheckFindings", x => new { x.CaseNumber, x.RuleSetVersion, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_SelfCheckFindings_SelfCheckCaseResults_CaseNumber_RuleSetVe~",
                        columns: x => new { x.CaseNumber, x.RuleSetVersion },
                        principalTable: "SelfCheckCaseResults",
                        principalColumns: new[] { "CaseNumber", "RuleSetVersion" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SharedContractParties",
                columns: table => new
                {
                    ContractNo = table.Column<string>(type: "character varying(60)", unicode: false, maxLength: 60, nullable: false),
                    Side = table.Column<string>(type: "character varying(8)", unicode: false, maxLength: 8, nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedContractParties", x => new { x.ContractNo, x.Side, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_SharedContractParties_SharedContracts_ContractNo",
                        column: x => x.ContractNo,
                        principalTable: "SharedContracts",
                        principalColumn: "ContractNo",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegisterEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitCode = table.Column<string>(type: "character(28)", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: false),
                    ClosedByCaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: true),
                    RightType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CoOwnership = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: true),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PartyIdKind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: true),
                    PartyIdNumber = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    MortgageKind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TransferRestricted = table.Column<bool>(type: "boolean", nullable: true),
                    GuaranteeScope = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: true),
                    DebtorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DebtorIdKind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: true),
                    DebtorIdNumber = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    InConstruction = table.Column<bool>(type: "boolean", nullable: true),
                    RankedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    IsBenefit = table.Column<bool>(type: "boolean", nullable: true),
                    SeizureId = table.Column<Guid>(type: "uuid", nullable: true),
                    SeizureState = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: true),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RulingNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RelatedUnitCode = table.Column<string>(type: "character(28)", unicode: false, fixedLength: true, maxLength: 28, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_Units_UnitCode",
                        column: x => x.UnitCode,
                        principalTable: "Units",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RuleFindings",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(28)", unicode: false, maxLength: 28, nullable: false),
                    RuleCode = table.Column<string>(type: "character varying(80)", unicode: false, maxLength: 80, nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    RuleVersion = table.Column<int>(type: "integer", nullable: false),
                    RuleSet = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    RuleSetVersion = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: false),
                    Severity = table.Column<string>(type: "character varying(8)", unicode: false, maxLength: 8, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(8)", unicode: false, maxLength: 8, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MessageZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MessageEn = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FactsJson = table.Column<string>(type: "text", nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EvaluatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleFindings", x => new { x.RunId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_RuleFindings_ReviewRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "ReviewRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionVerdicts",
                columns: table => new
                {
                    SampleId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(8)", unicode: false, maxLength: 8, nullable: false),
                    ItemsJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Remark = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Inspector = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InspectorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionVerdicts", x => new { x.SampleId, x.CaseNumber, x.Revision });
                    table.ForeignKey(
                        name: "FK_InspectionVerdicts_InspectionSampleCases_SampleId_CaseNumber",
                        columns: x => new { x.SampleId, x.CaseNumber },
                        principalTable: "InspectionSampleCases",
                        principalColumns: new[] { "SampleId", "CaseNumber" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RightHolders",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character(28)", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdKind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    ShareNumerator = table.Column<long>(type: "bigint", nullable: true),
                    ShareDenominator = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RightHolders", x => new { x.EntryId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_RightHolders_RegisterEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "RegisterEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rectifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SampleId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: false),
                    VerdictRevision = table.Column<int>(type: "integer", nullable: false),
                    Assignee = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Items = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rectifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rectifications_InspectionVerdicts_SampleId_CaseNumber_Verdi~",
                        columns: x => new { x.SampleId, x.CaseNumber, x.VerdictRevision },
                        principalTable: "InspectionVerdicts",
                        principalColumns: new[] { "SampleId", "CaseNumber", "Revision" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RectificationEvents",
                columns: table => new
                {
                    RectificationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationEvents", x => new { x.RectificationId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_RectificationEvents_Rectifications_RectificationId",
                        column: x => x.RectificationId,
                        principalTable: "Rectifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BusinessTypeWorkflows_DefinitionId",
                table: "BusinessTypeWorkflows",
                column: "DefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDeadlines_NextCheckAt",
                table: "CaseDeadlines",
                column: "NextCheckAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDeadlines_Stage_DueAt",
                table: "CaseDeadlines",
                columns: new[] { "Stage", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseParties_IdNumber",
                table: "CaseParties",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_CaseParties_Name",
                table: "CaseParties",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CaseNumber",
                table: "Cases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_CaseNumber",
                table: "Cases",
                columns: new[] { "Status", "CaseNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatusChanges_ToStatus_At",
                table: "CaseStatusChanges",
                columns: new[] { "ToStatus", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnits_UnitCode_IsOpen",
                table: "CaseUnits",
                columns: new[] { "UnitCode", "IsOpen" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionSampleCases_FinishedAt",
                table: "InspectionSampleCases",
                column: "FinishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionSamples_DrawnAt",
                table: "InspectionSamples",
                column: "DrawnAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_CaseNumber_TemplateKey",
                table: "OutboxMessages",
                columns: new[] { "CaseNumber", "TemplateKey" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DedupeKey",
                table: "OutboxMessages",
                column: "DedupeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_Assignee",
                table: "Rectifications",
                column: "Assignee");

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_SampleId_CaseNumber_VerdictRevision",
                table: "Rectifications",
                columns: new[] { "SampleId", "CaseNumber", "VerdictRevision" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_CaseNumber",
                table: "RegisterEntries",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_UnitCode_Kind_ClosedAt",
                table: "RegisterEntries",
                columns: new[] { "UnitCode", "Kind", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterExpiries_Kind_EntryReference",
                table: "RegisterExpiries",
                columns: new[] { "Kind", "EntryReference" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterExpiries_Status_LapseAt",
                table: "RegisterExpiries",
                columns: new[] { "Status", "LapseAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterExpiries_Status_RemindAt",
                table: "RegisterExpiries",
                columns: new[] { "Status", "RemindAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRuns_CaseId",
                table: "ReviewRuns",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRuns_CaseNumber_EvaluatedAt",
                table: "ReviewRuns",
                columns: new[] { "CaseNumber", "EvaluatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRuns_IdempotencyKey",
                table: "ReviewRuns",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RightHolders_IdNumber",
                table: "RightHolders",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_RightHolders_Name",
                table: "RightHolders",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_RightHolders_UnitCode",
                table: "RightHolders",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_RuleFindings_CaseId_RuleCode",
                table: "RuleFindings",
                columns: new[] { "CaseId", "RuleCode" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfCheckCaseResults_RuleSetVersion_FinishedAt",
                table: "SelfCheckCaseResults",
                columns: new[] { "RuleSetVersion", "FinishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfCheckRuns_ActiveSlot",
                table: "SelfCheckRuns",
                column: "ActiveSlot",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfCheckRuns_StartedAt",
                table: "SelfCheckRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SelfCheckRuns_Trigger_Status_RangeTo",
                table: "SelfCheckRuns",
                columns: new[] { "Trigger", "Status", "RangeTo" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedContracts_UnitCode_SignedOn",
                table: "SharedContracts",
                columns: new[] { "UnitCode", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedUnitRestrictions_UnitCode",
                table: "SharedUnitRestrictions",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_StaffInboxItems_Recipient_CreatedAt",
                table: "StaffInboxItems",
                columns: new[] { "Recipient", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Units_Location",
                table: "Units",
                column: "Location");

            migrationBuilder.CreateIndex(
                name: "IX_Units_ParcelCode",
                table: "Units",
                column: "ParcelCode");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_Assignee",
                table: "WorkflowBookmarks",
                column: "Assignee",
                filter: "\"Assignee\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_CandidateGroup_CreatedAt",
                table: "WorkflowBookmarks",
                columns: new[] { "CandidateGroup", "CreatedAt" },
                filter: "\"CandidateGroup\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_CorrelationId",
                table: "WorkflowBookmarks",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_DueAt",
                table: "WorkflowBookmarks",
                column: "DueAt",
                filter: "\"DueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_Role_CreatedAt",
                table: "WorkflowBookmarks",
                columns: new[] { "Role", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowDefinitions_DefinitionId_Status_Version",
                table: "WorkflowDefinitions",
                columns: new[] { "DefinitionId", "Status", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_CorrelationId",
                table: "WorkflowInstances",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_DefinitionId_Status",
                table: "WorkflowInstances",
                columns: new[] { "DefinitionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowJournal_Actor_At_Action",
                table: "WorkflowJournal",
                columns: new[] { "Actor", "At", "Action" },
                filter: "\"Action\" IN ('Completed', 'Returned')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "BusinessTypeWorkflows");

            migrationBuilder.DropTable(
                name: "CalendarYears");

            migrationBuilder.DropTable(
                name: "CaseDeadlines");

            migrationBuilder.DropTable(
                name: "CaseMaterials");

            migrationBuilder.DropTable(
                name: "CaseParties");

            migrationBuilder.DropTable(
                name: "CaseStatusChanges");

            migrationBuilder.DropTable(
                name: "CaseUnits");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "RectificationEvents");

            migrationBuilder.DropTable(
                name: "RegisterExpiries");

            migrationBuilder.DropTable(
                name: "RightHolders");

            migrationBuilder.DropTable(
                name: "RuleFindings");

            migrationBuilder.DropTable(
                name: "RuleVersions");

            migrationBuilder.DropTable(
                name: "SelfCheckFindings");

            migrationBuilder.DropTable(
                name: "SelfCheckRuns");

            migrationBuilder.DropTable(
                name: "Sequences");

            migrationBuilder.DropTable(
                name: "SharedContractParties");

            migrationBuilder.DropTable(
                name: "SharedCourtDocuments");

            migrationBuilder.DropTable(
                name: "SharedIdentities");

            migrationBuilder.DropTable(
                name: "SharedMaintenanceFunds");

            migrationBuilder.DropTable(
                name: "SharedMarriages");

            migrationBuilder.DropTable(
                name: "SharedTaxPayments");

            migrationBuilder.DropTable(
                name: "SharedUnitRestrictions");

            migrationBuilder.DropTable(
                name: "StaffInboxItems");

            migrationBuilder.DropTable(
                name: "WorkflowBookmarks");

            migrationBuilder.DropTable(
                name: "WorkflowDefinitions");

            migrationBuilder.DropTable(
                name: "WorkflowInstances");

            migrationBuilder.DropTable(
                name: "WorkflowJournal");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Rectifications");

            migrationBuilder.DropTable(
                name: "RegisterEntries");

            migrationBuilder.DropTable(
                name: "ReviewRuns");

            migrationBuilder.DropTable(
                name: "RuleSetVersions");

            migrationBuilder.DropTable(
                name: "SelfCheckCaseResults");

            migrationBuilder.DropTable(
                name: "SharedContracts");

            migrationBuilder.DropTable(
                name: "InspectionVerdicts");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "InspectionSampleCases");

            migrationBuilder.DropTable(
                name: "InspectionSamples");
        }
    }
}
