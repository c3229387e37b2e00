using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Registry.Application.Review.Facts;
using Registry.Rules;

namespace Registry.Application.Tests.Review.ProductionFacts;

/// <summary>A shipped rule: file, code, kind (review or selfcheck) and its expression.</summary>
public sealed record ShippedRule(string File, string Code, bool SelfCheck, string Expression);

/// <summary>
/// The fact properties a rule's expression reads: its expression is parsed with the rules' own vocabulary
/// (System.Linq.Dynamic.Core, the fact types and the rule functions) and the expression tree is walked. Data properties
/// (with an init accessor) count directly; a computed member, a helper method on a fact type or a rule function counts
/// as the data properties it reads (listed in <see cref="Derived"/>: an unknown one fails the test so the list stays whole).
/// </summary>
internal static class RuleReads
{
    private static readonly string FactsNamespace = typeof(ReviewFacts).Namespace!;

    /// <summary>Data properties read by computed members, helper methods and rule functions ("Type.Member" → "Type.Property").</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Derived = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["CaseFacts.Disposers"] = ["CaseFacts.Parties", "PartyFacts.Side", "PartyFacts.Role"],
        ["CaseFacts.Acquirers"] = ["CaseFacts.Parties", "PartyFacts.Side", "PartyFacts.Role"],
        ["CaseFacts.Has"] = ["CaseFacts.Materials", "CaseFacts.SharedMaterials"],
        ["CaseFacts.InRole"] = ["CaseFacts.Parties", "PartyFacts.Role"],
        ["CaseFacts.ContractRunsAtLeastYears"] = ["CaseFacts.ContractStart", "CaseFacts.ContractEnd"],
        ["PartyFacts.SameAs"] = ["PartyFacts.Name", "PartyFacts.IdNumber"],
        ["PartyFacts.Side"] = ["PartyFacts.Side", "PartyFacts.Role"],
        ["UnitSnapshot.HasHolder"] = ["UnitSnapshot.Holders", "HolderFacts.Name", "HolderFacts.IdNumber"],
        ["SeizureFacts.IsEffectiveOn"] = ["SeizureFacts.Kind", "SeizureFacts.Start", "SeizureFacts.End"],
        ["SeizureFacts.LongerThanYears"] = ["SeizureFacts.Start", "SeizureFacts.End"],
        ["ObjectionFacts.IsEffectiveOn"] = ["ObjectionFacts.Cancelled", "ObjectionFacts.CourtFiled", "ObjectionFacts.BookedOn"],
        ["EasementFacts.CounterpartHeldByAll"] = ["EasementFacts.CounterpartHolders", "HolderFacts.Name", "HolderFacts.IdNumber"],
        ["EntrustingAuthorityFacts.TermExceedsYears"] = ["EntrustingAuthorityFacts.OrderStart", "EntrustingAuthorityFacts.OrderEnd"],
        ["SharedDataFacts.IsVerified"] = ["SharedDataFacts.IdentityChecks", "IdentityCheckFacts.IdNumber", "IdentityCheckFacts.Verified"],
        ["SharedDataFacts.MarriageOf"] = ["SharedDataFacts.MarriageRecords", "MarriageRecordFacts.IdNumber", "MarriageRecordFacts.Status"],
        ["SharedDataFacts.SpouseIdOf"] = ["SharedDataFacts.MarriageRecords", "MarriageRecordFacts.IdNumber", "MarriageRecordFacts.SpouseIdNumber"],
        ["FinishedCaseFacts.BookedOn"] = ["FinishedCaseFacts.BookedAt"],
        ["FinishedCaseFacts.BookedSameDay"] = ["FinishedCaseFacts.AcceptedAt", "FinishedCaseFacts.BookedAt"],
        ["FinishedCaseFacts.TimestampsMonotonic"] = ["FinishedCaseFacts.AcceptedAt", "FinishedCaseFacts.ReviewedAt", "FinishedCaseFacts.ApprovedAt", "FinishedCaseFacts.BookedAt", "FinishedCaseFacts.CertificateIssuedAt"],
        ["ShareFraction.Sum"] = [],
        ["ShareFraction.AtLeast"] = [],
        ["ShareFraction.IsOne"] = [],
        ["ShareFraction.IsWellFormed"] = [],
        ["BusinessTypes.IsDisposal"] = ["CaseFacts.BusinessType", "CaseFacts.Cause", "CaseFacts.MortgageChange"],
        ["BusinessTypes.IsDisposalType"] = [],
        ["BusinessTypes.Matches"] = [],
        ["BusinessTypes.MissingJointSide"] = ["CaseFacts.BusinessType", "CaseFacts.SingleApplicationGround", "CaseFacts.Parties", "PartyFacts.IsApplicant", "PartyFacts.Side", "PartyFacts.Role"],
        ["BusinessTypes.EnforcesOwnSeizure"] = ["CaseFacts.BusinessType", "CaseFacts.EntrustingAuthority", "EntrustingAuthorityFacts.Name", "UnitSnapshot.Seizures", "SeizureFacts.Authority", "SeizureFacts.Kind", "SeizureFacts.Start", "SeizureFacts.End"],
        ["IdNumbers.IsValid"] = [],
        ["CertificateNumbers.IsWellFormed"] = [],
        ["CertificateNumbers.OutputFits"] = [],
        ["LandTerms.Plausible"] = [],
        ["MaterialsChecklist.Missing"] = ["CaseFacts.BusinessType", "CaseFacts.Materials", "CaseFacts.SharedMaterials", "CaseFacts.Stage", "CaseFacts.AwaitedMaterials"],
        ["MaterialsChecklist.MissingFrom"] = [],
    };

    public static IReadOnlyList<ShippedRule> Shipped(string rulesDirectory)
    {
        var rules = new List<ShippedRule>();
        foreach (var file in Directory.EnumerateFiles(rulesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("Rules", out var list))
            {
                continue;
            }

            var selfCheck = doc.RootElement.TryGetProperty("Kind", out var kind) && kind.GetString() == "selfcheck";
            rules.AddRange(list.EnumerateArray().Select(r => new ShippedRule(Path.GetFileName(file), r.GetProperty("RuleName").GetString()!, selfCheck, r.GetProperty("Expression").GetString()!)));
        }

        return rules;
    }

    /// <summary>"Type.Property" names of the data properties <paramref name="rule"/> reads.</summary>
    public static IReadOnlySet<string> Of(ShippedRule rule)
    {
        var config = new ParsingConfig();
        config.CustomTypeProvider = new DefaultDynamicLinqCustomTypeProvider(config, CustomTypes, cacheCustomTypes: true);
        var f = Expression.Parameter(rule.SelfCheck ? typeof(FinishedCaseFacts) : typeof(ReviewFacts), "f");
        var m = Expression.Parameter(typeof(MaterialsChecklist), "m");
        var lambda = DynamicExpressionParser.ParseLambda(config, [f, m], typeof(bool), rule.Expression);
        var visitor = new ReadsVisitor();
        visitor.Visit(lambda);
        return visitor.Reads;
    }

    private static Type[] CustomTypes =>
    [
        .. typeof(ReviewFacts).Assembly.GetExportedTypes().Where(t => t.Namespace == FactsNamespace),
        .. typeof(RuleSetCatalogue).Assembly.GetExportedTypes().Where(t => t.Namespace == "Registry.Rules.Functions"),
        typeof(MaterialsChecklist),
    ];

    private static bool IsVocabulary(Type? t) => t is not null && (t.Namespace == FactsNamespace || t.Namespace == "Registry.Rules.Functions" || t == typeof(MaterialsChecklist));

    private sealed class ReadsVisitor : ExpressionVisitor
    {
        public HashSet<string> Reads { get; } = new(StringComparer.Ordinal);

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member is PropertyInfo p && IsVocabulary(p.DeclaringType))
            {
                Add(p.DeclaringType!, p.Name, isData: p.SetMethod is not null);
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (IsVocabulary(node.Method.DeclaringType))
            {
                Add(node.Method.DeclaringType!, node.Method.Name, isData: false);
            }

            return base.VisitMethodCall(node);
        }

        private void Add(Type type, string member, bool isData)
        {
            var name = $"{type.Name}.{member}";
            if (Derived.TryGetValue(name, out var underlying))
            {
                Reads.UnionWith(underlying);
            }
            else if (isData)
            {
                Reads.Add(name);
            }
            else
            {
                throw new InvalidOperationException($"{name} is a computed member or function the test does not know: add what it reads to RuleReads.Derived");
            }
        }
    }
}
