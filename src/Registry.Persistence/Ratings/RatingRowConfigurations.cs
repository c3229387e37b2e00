using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Ratings;

internal sealed class ServiceRatingRowConfiguration : IEntityTypeConfiguration<ServiceRatingRow>
{
    public void Configure(EntityTypeBuilder<ServiceRatingRow> builder)
    {
        builder.ToTable("ServiceRatings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(r => r.BusinessType).HasMaxLength(60).IsUnicode(false);
        builder.Property(r => r.CaseStatus).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.Examiner).HasMaxLength(100);
        builder.Property(r => r.Level).HasMaxLength(20).IsUnicode(false);
        builder.Property(r => r.Reasons).HasMaxLength(300).IsUnicode(false);
        builder.Property(r => r.Comment).HasMaxLength(1000);

        // Once per case, enforced by the database.
        builder.HasIndex(r => r.CaseNumber).IsUnique();

        // The indicators read ratings by date.
        builder.HasIndex(r => r.RatedAt);
    }
}

internal sealed class RatingFollowUpRowConfiguration : IEntityTypeConfiguration<RatingFollowUpRow>
{
    public void Configure(EntityTypeBuilder<RatingFollowUpRow> builder)
    {
        builder.ToTable("RatingFollowUps");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.HasOne<ServiceRatingRow>().WithMany().HasForeignKey(f => f.RatingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.RatingId).IsUnique();
        builder.HasIndex(f => new { f.ClosedAt, f.DueAt });
    }
}

internal sealed class RatingFollowUpEventRowConfiguration : IEntityTypeConfiguration<RatingFollowUpEventRow>
{
    public void Configure(EntityTypeBuilder<RatingFollowUpEventRow> builder)
    {
        builder.ToTable("RatingFollowUpEvents");
        builder.HasKey(e => new { e.FollowUpId, e.Sequence });
        builder.Property(e => e.Kind).HasMaxLength(16).IsUnicode(false);
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Text).HasMaxLength(1000);
        builder.Property(e => e.Reply).HasMaxLength(1000);
        builder.HasOne<RatingFollowUpRow>().WithMany().HasForeignKey(e => e.FollowUpId).OnDelete(DeleteBehavior.Restrict);
    }
}
