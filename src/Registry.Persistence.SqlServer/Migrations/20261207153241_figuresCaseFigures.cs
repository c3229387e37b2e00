using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.SqlServer.Migrations
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
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseNumber = table.Column<string>(type: "varchar(23)", unicode: false, maxLength: 23, nullable: false),
                    BusinessType = table.Column<string>(type: "varchar(60)", unicode: false, maxLength: 60, nullable: false),
                    Channel = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AcceptedDay = table.Column<int>(type: "int", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CompletedDay = table.Column<int>(type: "int", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Clocked = table.Column<bool>(type: "bit", nullable: false),
                    OnTime = table.Column<bool>(type: "bit", nullable: false),
                    AutoApproved = table.Column<bool>(type: "bit", nullable: false),
                    Enterprise = table.Column<bool>(type: "bit", nullable: false)
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
