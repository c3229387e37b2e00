namespace Registry.Application.Api;

/// <summary>What kind of institution an API client is; it fixes what the client may file.</summary>
public enum ApiClientKind
{
    /// <summary>A bank outlet (银行延伸网点): mortgage types, with itself as mortgagee.</summary>
    Bank = 0,

    /// <summary>A court (法院, 司法查控): seizure, release and judicial-assistance types, naming itself as the authority.</summary>
    Court = 1,
}
