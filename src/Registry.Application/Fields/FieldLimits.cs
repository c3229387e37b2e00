namespace Registry.Application.Fields;

/// <summary>
/// The longest text each field accepts, in UTF-16 characters: the one table the services refuse by and the console's
/// inputs cap at (<c>maxlength</c>), so a field can never send more than its service accepts. Every limit × 6 (the
/// most a character can take in the circuit's JSON, <c>\uXXXX</c>) stays below the web host's SignalR message limit;
/// a test in Registry.Web.Tests checks that.
/// </summary>
/// <remarks>
/// The law sets no lengths for these fields. The figures are generous office practice: a person's name on a resident ID
/// card is at most 15 characters, but an organisation's registered name (企业名称) or a foreigner's name in Latin letters
/// is longer; an ID document number (resident ID, credit code, passport, Hong Kong/Macau/Taiwan permits) is at most 18–20.
/// Reasons for a return, refusal or suspension are chosen from <c>ReasonCatalogue</c> (codes, limited as <see cref="Code"/>);
/// the examiner's own words go in the opinion.
/// </remarks>
public static class FieldLimits
{
    /// <summary>A party's name (person or organisation).</summary>
    public const int PartyName = 100;

    /// <summary>A party's ID document number (resident ID 18, credit code 18, passports and permits shorter).</summary>
    public const int IdNumber = 32;

    /// <summary>A party's mobile number as typed (11 digits, with room for a +86 prefix, spaces and hyphens).</summary>
    public const int Mobile = 20;

    /// <summary>A progress query code (查询码) as typed on the public progress page.</summary>
    public const int QueryCode = 20;

    /// <summary>A party's role code, as typed by an API client.</summary>
    public const int PartyRole = 32;

    /// <summary>A co-ownership share such as <c>1/2</c> or <c>33.33%</c>.</summary>
    public const int Share = 20;

    /// <summary>A unit code as entered (the valid ones have 28 characters; a little room for spaces).</summary>
    public const int UnitCode = 40;

    /// <summary>A business type, material or cause code.</summary>
    public const int Code = 64;

    /// <summary>A declared fact's name.</summary>
    public const int FactName = 64;

    /// <summary>A declared fact's value (an amount, a date, a court document number, an authority's name…).</summary>
    public const int FactValue = 500;

    /// <summary>How many facts one application may declare.</summary>
    public const int FactCount = 100;

    /// <summary>An examiner's opinion (审核意见).</summary>
    public const int Opinion = 2000;

    /// <summary>An inspection note on one checklist item (检查说明).</summary>
    public const int InspectionNote = 500;

    /// <summary>An inspection's overall remark, a rectification answer or note (整改说明).</summary>
    public const int InspectionText = 1000;

    /// <summary>A login (user name) typed in a form: the person responsible for a rectification, a sign-in name.</summary>
    public const int UserName = 64;

    /// <summary>A password typed at sign-in.</summary>
    public const int Password = 128;

    /// <summary>A search box (worklist, register, units at intake, business types).</summary>
    public const int Search = 100;

    /// <summary>
    /// A workflow definition draft (JSON) in the designer. The largest shipped definition is about 5 KB; 100,000 characters
    /// leave room for twenty times that while every draft still fits one circuit message (see the type's remarks).
    /// </summary>
    public const int DefinitionJson = 100_000;

    /// <summary>Every limit above, by name, for the tests that keep the circuit's message limit above them all.</summary>
    public static IReadOnlyDictionary<string, int> All { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [nameof(PartyName)] = PartyName,
        [nameof(IdNumber)] = IdNumber,
        [nameof(Mobile)] = Mobile,
        [nameof(QueryCode)] = QueryCode,
        [nameof(PartyRole)] = PartyRole,
        [nameof(Share)] = Share,
        [nameof(UnitCode)] = UnitCode,
        [nameof(Code)] = Code,
        [nameof(FactName)] = FactName,
        [nameof(FactValue)] = FactValue,
        [nameof(Opinion)] = Opinion,
        [nameof(InspectionNote)] = InspectionNote,
        [nameof(InspectionText)] = InspectionText,
        [nameof(UserName)] = UserName,
        [nameof(Password)] = Password,
        [nameof(Search)] = Search,
        [nameof(DefinitionJson)] = DefinitionJson,
    };

    /// <summary>True when <paramref name="value"/> (null counts as empty) is longer than <paramref name="limit"/>.</summary>
    public static bool Exceeds(string? value, int limit) => value is not null && value.Length > limit;

    /// <summary>Throws <see cref="FieldTooLongException"/> naming <paramref name="field"/> when <paramref name="value"/> is longer than <paramref name="limit"/>.</summary>
    public static void Check(string field, string? value, int limit)
    {
        if (Exceeds(value, limit))
        {
            throw new FieldTooLongException(field, limit, value!.Length);
        }
    }
}
