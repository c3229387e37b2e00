using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// COR-01 (IR 80, 81): a correction is refused once a disposal, a pre-notice or a seizure was booked on the unit after the
/// wrong entry; the matter then belongs to the courts.
/// </summary>
internal static class CorrectionBar
{
    public static void Check(UnitRegister register, RegisterEntry wrong, params RegisterEntryKind[] barring)
    {
        var later = register.Entries.FirstOrDefault(e => e != wrong && e.RecordedAt > wrong.RecordedAt && barring.Contains(e.Kind));
        if (later is not null)
        {
            throw EffectScope.Refuse($"after the wrong entry (case {wrong.CaseNumber}) the unit received {later.Kind} entry {later.Describe()} (case {later.CaseNumber}); the correction is barred (IR 80, COR-01)");
        }
    }
}
