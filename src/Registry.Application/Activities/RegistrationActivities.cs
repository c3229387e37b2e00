using System.Collections.Immutable;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;

namespace Registry.Application.Activities;

/// <summary>
/// The descriptors of registration's node kinds (登簿 record, 缮证 certificate). The engine knows them only because the
/// application registers them (<see cref="RegistrationActivityServiceCollectionExtensions.AddRegistrationActivities"/>).
/// </summary>
public static class RegistrationActivities
{
    /// <summary>登簿 record.</summary>
    public static ActivityDescriptor Record { get; } = new(
        RegistrationActivityKinds.Record,
        new LocalizedText("登簿", "Record"),
        "registration",
        "menu_book",
        [new InputDescriptor("effect", InputType.Text, false, [], PickerSource.None, new LocalizedText("登簿效果；business-type 表示按业务类型目录的登记效果", "The register effect; business-type applies the catalogue's effects of the case's type"))],
        [Outcomes.Done],
        new LocalizedText("按业务类型把登记效果记载于登记簿，并取得证书号", "Applies the business type's register effects and takes the certificate number"));

    /// <summary>缮证 certificate.</summary>
    public static ActivityDescriptor Certificate { get; } = new(
        RegistrationActivityKinds.Certificate,
        new LocalizedText("缮证", "Certificate"),
        "registration",
        "workspace_premium",
        [new InputDescriptor("certificateKind", InputType.Text, false, [], PickerSource.None, new LocalizedText("证书种类；business-type 表示按业务类型目录", "The certificate kind; business-type follows the catalogue"))],
        [Outcomes.Done],
        new LocalizedText("缮制不动产权证书或登记证明", "Issues the certificate or the certification"));

    /// <summary>Both descriptors.</summary>
    public static ImmutableArray<ActivityDescriptor> Descriptors { get; } = [Record, Certificate];

    /// <summary>A registry that validates registration definitions (built-in kinds plus these) without running them.</summary>
    public static IActivityRegistry ForValidation { get; } = ActivityRegistry.Describing(Descriptors);
}
