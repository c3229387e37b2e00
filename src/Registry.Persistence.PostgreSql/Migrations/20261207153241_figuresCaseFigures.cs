using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class figuresCaseFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseFigures",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(23)", unicode: false, maxLength: 23, nullable: false),
                    BusinessType = table.Column<string>(type: "character varying(60)", unicode: false, maxLength: 60, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedDay = table.Column<int>(type: "integer", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedDay = table.Column<int>(type: "integer", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Clocked = table.Column<bool>(type: "boolean", nullable: false),
                    OnTime = table.Column<bool>(type: "boolean", nullable: false),
                    AutoApproved = table.Column<bool>(type: "boolean", nullable: false),
                    Enterprise = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFigures", x => x.CaseId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFigures_Period",
                table: "CaseFigures",
                columns: new[] { "CompletedDay", "BusinessType", "AcceptedDay", "Clocked", "OnTime", "AutoApproved", "Enterprise", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFigures_Type_Period",
                table: "CaseFigures",
                columns: new[] { "BusinessType", "CompletedDay", "AcceptedDay", "Clocked", "OnTime", "AutoApproved", "Enterprise", "CompletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseFigures");
        }
    }
}
