using System.Text.Json;
using System.Text.Json.Nodes;

namespace Registry.Application.Catalogue;

/// <summary>
/// Builds the case data effect templates read (see <see cref="EffectTemplate"/>) from a case's units, its flat party
/// list (role, name, ID, share — as a scenario or the acceptance form gives them), facts and issued numbers. Roles are
/// grouped under their camelCase name: <c>Transferor</c> → <c>$.parties.transferor</c>, <c>NewMortgagee</c> →
/// <c>$.parties.newMortgagee</c>.
/// </summary>
public sealed class CaseDataBuilder
{
    private readonly JsonArray _units = [];
    private readonly JsonObject _parties = [];
    private readonly JsonObject _facts = [];
    private readonly JsonObject _issued = [];
    private readonly JsonObject _case = [];

    /// <summary>Adds units in order (the first is <c>$.unit</c> unless a template applies to each unit).</summary>
    public CaseDataBuilder Units(IEnumerable<string> unitCodes)
    {
        ArgumentNullException.ThrowIfNull(unitCodes);
        foreach (var code in unitCodes)
        {
            _units.Add(code);
        }

        return this;
    }

    /// <summary>Adds a party under its role.</summary>
    public CaseDataBuilder Party(string role, string name, string idNumber, string? share = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        var key = JsonNamingPolicy.CamelCase.ConvertName(role.Trim());
        if (_parties[key] is not JsonArray list)
        {
            list = [];
            _parties[key] = list;
        }

        var party = new JsonObject { ["name"] = name, ["idNumber"] = idNumber };
        if (share is not null)
        {
            party["share"] = share;
        }

        list.Add(party);
        return this;
    }

    /// <summary>Sets a fact (<c>$.facts.name</c>).</summary>
    public CaseDataBuilder Fact(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _facts[name] = value;
        return this;
    }

    /// <summary>Sets facts from parsed JSON values.</summary>
    public CaseDataBuilder Facts(IEnumerable<KeyValuePair<string, JsonElement>> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var (name, value) in facts)
        {
            Fact(name, JsonNode.Parse(value.GetRawText()));
        }

        return this;
    }

    /// <summary>Sets a number the case issued before booking (<c>$.issued.certificateNumber</c>, <c>$.issued.proofNumber</c>).</summary>
    public CaseDataBuilder Issued(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _issued[name] = value;
        return this;
    }

    /// <summary>Sets a case attribute (<c>$.case.name</c>), e.g. <c>acceptedAt</c>.</summary>
    public CaseDataBuilder Case(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _case[name] = value;
        return this;
    }

    /// <summary>The case data.</summary>
    public JsonObject Build() => new()
    {
        ["units"] = _units.DeepClone(),
        ["parties"] = _parties.DeepClone(),
        ["facts"] = _facts.DeepClone(),
        ["issued"] = _issued.DeepClone(),
        ["case"] = _case.DeepClone(),
    };
}
