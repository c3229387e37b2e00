namespace Registry.Application.Activities;

/// <summary>The node kinds registration adds to the workflow engine (the <c>kind</c> of a node in JSON).</summary>
public static class RegistrationActivityKinds
{
    /// <summary>登簿: applies the business type's register effects through <see cref="Registry.Workflows.Ports.IRecordWriter"/>.</summary>
    public const string Record = "record";

    /// <summary>缮证: issues the certificate or certification through <see cref="Registry.Workflows.Ports.ICertificateIssuer"/>.</summary>
    public const string Certificate = "certificate";
}
