using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    ParcelCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 19, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Use = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Area = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "RegisterEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 23, nullable: false),
                    ClosedByCaseNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 23, nullable: true),
                    RightType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CoOwnership = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PartyIdKind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    PartyIdNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    MortgageKind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SeizureId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SeizureState = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RulingNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RelatedUnitCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 28, nullable: true)
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
                name: "RightHolders",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdKind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    ShareNumerator = table.Column<long>(type: "INTEGER", nullable: true),
                    ShareDenominator = table.Column<long>(type: "INTEGER", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_CaseNumber",
                table: "RegisterEntries",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_UnitCode_Kind_ClosedAt",
                table: "RegisterEntries",
                columns: new[] { "UnitCode", "Kind", "ClosedAt" });

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
                name: "IX_Units_Location",
                table: "Units",
                column: "Location");

            migrationBuilder.CreateIndex(
                name: "IX_Units_ParcelCode",
                table: "Units",
                column: "ParcelCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RightHolders");

            migrationBuilder.DropTable(
                name: "RegisterEntries");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
