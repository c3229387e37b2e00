using System.Globalization;
using Registry.Domain.Codes;
using Registry.Domain.Parties;
using Registry.Domain.Register;

namespace Registry.Persistence.Demo;

/// <summary>
/// Deterministic demo register for the county 长丰县 (340121): residential estates of flats, rural
/// homesteads and industrial parcels, with owners (sole, joint, by shares), earlier owners, mortgages in
/// priority order, seizures with waiting queues, pre-notices on new-build flats, objections, residence
/// rights and easements. Same seed and anchor date ⇒ same data. Every register is built through the
/// domain aggregate, so the demo obeys the same invariants as real bookings.
/// </summary>
internal sealed class DemoRegisterGenerator
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private const string ConstructionAndHouse = "国有建设用地使用权/房屋所有权";

    private readonly Random _random;

    // Layout (block kind, estate names and sizes) has its own stream so it does not follow the
    // long per-flat sequence of draws of the main stream.
    private readonly Random _layout;
    private readonly DateTimeOffset _anchor;
    private readonly Dictionary<DateOnly, int> _caseSequence = [];
    private readonly Dictionary<(int Year, CertificateSeries Series), int> _certificateSequence = [];
    private readonly Organisation[] _banks;
    private readonly Organisation[] _developers;
    private readonly Organisation[] _companies;
    private int _nextZoneSubzone;

    /// <summary>Creates a generator; <paramref name="anchorDate"/> is "today" of the demo (China date).</summary>
    public DemoRegisterGenerator(int seed, DateOnly anchorDate)
    {
        _random = new Random(seed);
        _layout = new Random(unchecked(seed * 31) + 17);
        _anchor = new DateTimeOffset(anchorDate.ToDateTime(new TimeOnly(8, 0)), China);
        _banks = [.. DemoNames.Banks.Select(n => new Organisation(n, CreditCode("91340100")))];
        _developers = [.. DemoNames.Developers.Select(n => new Organisation(n, CreditCode("91340121")))];
        _companies = [.. DemoNames.Companies.Select(n => new Organisation(n, CreditCode("91340121")))];
    }

    /// <summary>Yields <paramref name="count"/> unit registers, one at a time.</summary>
    public IEnumerable<UnitRegister> Generate(int count)
    {
        var produced = 0;
        var blocks = 0;
        while (produced < count)
        {
            // Of every six blocks: four estates, one village, one industrial zone.
            var registers = (blocks++ % 6) switch
            {
                3 => Village(),
                5 => IndustrialZone(),
                _ => Estate(),
            };
            foreach (var register in registers)
            {
                if (produced++ >= count)
                {
                    yield break;
                }

                yield return register;
            }
        }
    }

    private IEnumerable<UnitRegister> Estate()
    {
        var (zone, subzone, town) = NextSubzone();
        var name = DemoNames.EstatePrefixes[_layout.Next(DemoNames.EstatePrefixes.Length)] + DemoNames.EstateSuffixes[_layout.Next(DemoNames.EstateSuffixes.Length)];
        var developer = _developers[_layout.Next(_developers.Length)];
        var buildings = _layout.Next(2, 9);
        var floors = _layout.Next(6, 19);
        var stairs = _layout.Next(1, 3);
        var perFloor = _layout.Next(2, 4);
        var newBuild = _layout.NextDouble() < 0.15;
        var completed = _anchor.AddDays(-_random.Next(newBuild ? 30 : 700, newBuild ? 300 : 5000));
        for (var b = 1; b <= buildings; b++)
        {
            var household = 0;
            for (var s = 1; s <= stairs; s++)
            {
                for (var f = 1; f <= floors; f++)
                {
                    for (var r = 1; r <= perFloor; r++)
                    {
                        household++;
                        var code = UnitCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{DemoNames.Division}{zone:D3}{subzone:D3}GB00001F{b:D4}{household:D4}"));
                        var location = string.Create(CultureInfo.InvariantCulture, $"{DemoNames.County}{town}{name}{b}栋{s}单元{f}{r:D2}室");
                        var area = Math.Round(60m + (decimal)(_random.NextDouble() * 90), 2);
                        var register = UnitRegister.Open(new ImmovableUnit(code, UnitKind.Household, location, "住宅", area));
                        Flat(register, developer, completed, newBuild);
                        yield return register;
                    }
                }
            }
        }
    }

    private void Flat(UnitRegister register, Organisation developer, DateTimeOffset completed, bool newBuild)
    {
        var t = completed;
        if (newBuild && _random.NextDouble() < 0.5)
        {
            // Pre-sold flat: the buyer holds a pre-notice, no ownership is booked yet.
            t = Later(t, 1, 200);
            register.AddPreNotice(Case(t), t, "预购商品房买卖预告登记", Person(), Proof(t));
            return;
        }

        t = Later(t, 1, 60);
        var (coOwnership, holders) = Holders();
        var hadEarlierOwner = !newBuild && _random.NextDouble() < 0.25;
        if (hadEarlierOwner)
        {
            Own(register, t, ConstructionAndHouse, CoOwnership.Sole, [new RightHolder(Person())], 70);
            if (_random.NextDouble() < 0.4)
            {
                var mt = Later(t, 5, 200);
                var old = AddMortgage(register, mt, MortgageKind.General);
                var cancelled = Later(mt, 300, 900);
                register.CancelMortgage(Case(cancelled), cancelled, old.Id);
                t = cancelled;
            }

            t = Later(t, 30, 1200);
            register.TransferOwnership(Case(t), t, coOwnership, holders, Certificate(t));
        }
        else
        {
            Own(register, t, ConstructionAndHouse, coOwnership, holders, 70);
        }

        var roll = _random.NextDouble();
        if (roll < 0.30)
        {
            t = Later(t, 1, 90);
            AddMortgage(register, t, MortgageKind.General);
            if (_random.NextDouble() < 0.15)
            {
                t = Later(t, 30, 600);
                AddMortgage(register, t, MortgageKind.MaximumAmount);
            }
        }

        if (_random.NextDouble() < 0.006)
        {
            t = Later(t, 10, 300);
            var first = Seize(register, t);
            var waiting = _random.Next(0, 3);
            for (var i = 0; i < waiting; i++)
            {
                t = Later(t, 1, 60);
                Seize(register, t);
            }

            if (waiting > 0 && _random.NextDouble() < 0.3)
            {
                t = Later(t, 1, 30);
                register.LiftSeizure(Case(t), t, first.Id);
            }
        }

        if (_random.NextDouble() < 0.003)
        {
            t = Later(t, 5, 400);
            register.AddResidenceRight(Case(t), t, Person(), null, "居住权人可终身无偿居住", Proof(t));
        }

        if (_random.NextDouble() < 0.004)
        {
            // Recent enough that most demo objections are still within their 15 days.
            var at = _anchor.AddDays(-_random.Next(0, 12)).AddHours(_random.Next(1, 9));
            if (at > t)
            {
                register.AddObjection(Case(at), at, Person(), "申请人主张系该房屋实际出资人，登记的权利人有误");
            }
        }
    }

    private IEnumerable<UnitRegister> Village()
    {
        var (zone, subzone, town) = NextSubzone();
        var village = DemoNames.Villages[_layout.Next(DemoNames.Villages.Length)];
        var houses = _layout.Next(10, 41);
        for (var i = 1; i <= houses; i++)
        {
            var code = UnitCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{DemoNames.Division}{zone:D3}{subzone:D3}JC{i:D5}F00010001"));
            var location = string.Create(CultureInfo.InvariantCulture, $"{DemoNames.County}{town}{village}村{_random.Next(1, 12)}组{i}号");
            var area = Math.Round(90m + (decimal)(_random.NextDouble() * 160), 2);
            var register = UnitRegister.Open(new ImmovableUnit(code, UnitKind.Building, location, "农村宅基地/住宅", area));
            var t = _anchor.AddDays(-_random.Next(400, 3000));
            var (coOwnership, holders) = Holders();
            register.RecordOwnership(Case(t), t, "宅基地使用权/房屋所有权", coOwnership, holders, Certificate(t));
            if (_random.NextDouble() < 0.05)
            {
                t = Later(t, 10, 300);
                register.AddEasement(Case(t), t, Person(), "通行：需役地权利人可经本宗地东侧通行", null, Proof(t));
            }

            yield return register;
        }
    }

    private IEnumerable<UnitRegister> IndustrialZone()
    {
        var (zone, subzone, town) = NextSubzone();
        var parcels = _layout.Next(3, 11);
        for (var i = 1; i <= parcels; i++)
        {
            var code = UnitCode.Parse(string.Create(CultureInfo.InvariantCulture, $"{DemoNames.Division}{zone:D3}{subzone:D3}GB{i:D5}W00000000"));
            var location = string.Create(CultureInfo.InvariantCulture, $"{DemoNames.County}{town}工业园区{Pick(["纬一路", "纬二路", "经三路", "创业大道", "兴业路"])}{_random.Next(1, 300)}号");
            var area = Math.Round(3000m + (decimal)(_random.NextDouble() * 60000), 2);
            var use = _random.NextDouble() < 0.8 ? "工业用地" : "商服用地";
            var register = UnitRegister.Open(new ImmovableUnit(code, UnitKind.Parcel, location, use, area));
            var t = _anchor.AddDays(-_random.Next(400, 4000));
            Own(register, t, "国有建设用地使用权", CoOwnership.Sole, [new RightHolder(Pick(_companies))], use == "工业用地" ? 50 : 40);
            if (_random.NextDouble() < 0.4)
            {
                t = Later(t, 30, 300);
                AddMortgage(register, t, MortgageKind.MaximumAmount, 5_000_000m, 80_000_000m);
            }

            yield return register;
        }
    }

    private MortgageEntry AddMortgage(UnitRegister register, DateTimeOffset at, MortgageKind kind, decimal min = 150_000m, decimal max = 1_500_000m)
    {
        var amount = Math.Round((min + ((max - min) * (decimal)_random.NextDouble())) / 1000m, 0) * 1000m;
        var debtStart = DateOf(at);
        var accepted = at.AddDays(-_random.Next(1, 10));
        return register.AddMortgage(Case(accepted), at, kind, Pick(_banks), amount, debtStart, debtStart.AddYears(_random.Next(5, 31)).AddDays(-1), accepted, Proof(at));
    }

    private SeizureEntry Seize(UnitRegister register, DateTimeOffset at)
    {
        var court = _random.Next(DemoNames.Courts.Length);
        var year = at.ToOffset(China).Year;
        var ruling = string.Create(CultureInfo.InvariantCulture, $"({year}){DemoNames.CourtCodes[court]}执{_random.Next(100, 9999)}号");
        var delivered = at.AddHours(-_random.Next(1, 48));
        var start = DateOf(at);
        return register.AddSeizure(Case(at), at, DemoNames.Courts[court], ruling, delivered, start, start.AddYears(3).AddDays(-1));
    }

    private (CoOwnership, IReadOnlyList<RightHolder>) Holders()
    {
        var roll = _random.NextDouble();
        if (roll < 0.55)
        {
            return (CoOwnership.Sole, [new RightHolder(Person())]);
        }

        if (roll < 0.85)
        {
            var (husband, wife) = Couple();
            return (CoOwnership.Joint, [new RightHolder(husband), new RightHolder(wife)]);
        }

        var split = _random.Next(4);
        return split switch
        {
            0 => (CoOwnership.ByShares, [new RightHolder(Person(), Share.Of(1, 2)), new RightHolder(Person(), Share.Of(1, 2))]),
            1 => (CoOwnership.ByShares, [new RightHolder(Person(), Share.Of(2, 3)), new RightHolder(Person(), Share.Of(1, 3))]),
            2 => (CoOwnership.ByShares, [new RightHolder(Person(), Share.Of(70, 100)), new RightHolder(Person(), Share.Of(30, 100))]),
            _ => (CoOwnership.ByShares, [new RightHolder(Person(), Share.Of(1, 3)), new RightHolder(Person(), Share.Of(1, 3)), new RightHolder(Person(), Share.Of(1, 3))]),
        };
    }

    private (NaturalPerson Husband, NaturalPerson Wife) Couple()
    {
        var year = _random.Next(1955, 2000);
        return (Person(male: true, year), Person(male: false, year + _random.Next(-3, 4)));
    }

    private NaturalPerson Person(bool? male = null, int? birthYear = null)
    {
        var isMale = male ?? _random.Next(2) == 0;
        var name = Pick(DemoNames.Surnames) + Pick(isMale ? DemoNames.GivenMale : DemoNames.GivenFemale);
        var birth = new DateOnly(birthYear ?? _random.Next(1950, 2001), 1, 1).AddDays(_random.Next(365));
        var sequence = (_random.Next(0, 500) * 2) + (isMale ? 1 : 0);
        var body = string.Create(CultureInfo.InvariantCulture, $"{Pick(DemoNames.IdDivisions)}{birth:yyyyMMdd}{sequence:D3}");
        return new NaturalPerson(name, ResidentIdNumber.Parse(body + ResidentIdNumber.ComputeCheckCharacter(body), DateOnly.FromDateTime(_anchor.DateTime)));
    }

    private UnifiedSocialCreditCode CreditCode(string prefix)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = prefix + string.Concat(Enumerable.Range(0, 9).Select(_ => alphabet[_random.Next(alphabet.Length)]));
        return UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body));
    }

    private (int Zone, int Subzone, string Town) NextSubzone()
    {
        // Zones follow towns; subzones are handed out in order so every code is unique.
        var index = _nextZoneSubzone++;
        var zone = (index % DemoNames.Towns.Length) + 1;
        var subzone = (index / DemoNames.Towns.Length) + 1;
        if (subzone > 999)
        {
            zone += DemoNames.Towns.Length * ((subzone - 1) / 999);
            subzone = ((subzone - 1) % 999) + 1;
        }

        return (zone, subzone, DemoNames.Towns[(zone - 1) % DemoNames.Towns.Length]);
    }

    private CaseNumber Case(DateTimeOffset at)
    {
        var date = DateOf(at);
        _caseSequence[date] = _caseSequence.GetValueOrDefault(date) + 1;
        return CaseNumber.Create(DemoNames.Division, date, _caseSequence[date]);
    }

    private CertificateNumber Certificate(DateTimeOffset at) => Number(at, CertificateSeries.Right);

    private CertificateNumber Proof(DateTimeOffset at) => Number(at, CertificateSeries.Proof);

    private CertificateNumber Number(DateTimeOffset at, CertificateSeries series)
    {
        var key = (DateOf(at).Year, series);
        _certificateSequence[key] = _certificateSequence.GetValueOrDefault(key) + 1;
        return CertificateNumber.Create(DemoNames.Province, key.Year, DemoNames.County, series, _certificateSequence[key]);
    }

    private void Own(UnitRegister register, DateTimeOffset at, string rightType, CoOwnership coOwnership, IReadOnlyList<RightHolder> holders, int termYears)
    {
        // Land-use terms start with the land grant, usually some years before the booking.
        var start = DateOf(at).AddYears(-_random.Next(0, 5));
        register.RecordOwnership(Case(at), at, rightType, coOwnership, holders, Certificate(at), start, start.AddYears(termYears).AddDays(-1));
    }

    private DateTimeOffset Later(DateTimeOffset t, int minDays, int maxDays)
    {
        var next = t.AddDays(_random.Next(minDays, maxDays)).AddMinutes(_random.Next(0, 480));
        return next < _anchor ? next : t.AddMinutes(_random.Next(1, 60));
    }

    private static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
