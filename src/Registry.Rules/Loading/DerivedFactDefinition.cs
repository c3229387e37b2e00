namespace Registry.Rules.Loading;

/// <summary>
/// One kind of a derived fact (e.g. UnitRestrictedForDisposal / Seizure): it holds for each register entry that makes
/// <see cref="Exists"/> (<c>f.Unit.Seizures.Any(z =&gt; …)</c>) true, naming the entry.
/// </summary>
internal sealed record DerivedFactDefinition(string Name, string NameZh, string NameEn, string Kind, string Exists);
