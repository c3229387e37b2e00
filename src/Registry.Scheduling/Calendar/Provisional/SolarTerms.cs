namespace Registry.Scheduling.Calendar.Provisional;

/// <summary>
/// The China date of a solar term (节气): the instant the sun's apparent ecliptic longitude reaches the term's angle,
/// read in China time (UTC+8). Low-precision solar position after Meeus, <i>Astronomical Algorithms</i> ch. 25
/// (about 0.01°, i.e. a quarter of an hour), which decides the date except when the term falls within minutes of midnight.
/// </summary>
internal static class SolarTerms
{
    /// <summary>清明: the sun at 15° longitude, on 4 or 5 April.</summary>
    public const double QingmingLongitude = 15.0;

    // Julian day of 2000-01-01 12:00 TT.
    private const double J2000 = 2451545.0;

    // TT − UT, about 69–75 s this century; its error shifts the instant by seconds only.
    private const double DeltaTDays = 70.0 / 86400.0;

    /// <summary>The China date on which the sun reaches <paramref name="longitude"/> in <paramref name="year"/>, searched from <paramref name="near"/>.</summary>
    public static DateOnly DateOf(int year, double longitude, DateOnly near)
    {
        var jd = JulianDay(new DateTime(near.Year, near.Month, near.Day, 0, 0, 0, DateTimeKind.Utc));
        for (var i = 0; i < 20; i++)
        {
            var difference = Normalize(longitude - ApparentLongitude(jd + DeltaTDays));
            if (difference > 180)
            {
                difference -= 360;
            }

            // The sun moves about 0.9856° a day.
            var step = difference / 0.98564736;
            jd += step;
            if (Math.Abs(step) < 1e-7)
            {
                break;
            }
        }

        var utc = FromJulianDay(jd);
        var china = utc + ChinaTime.Offset;
        var date = DateOnly.FromDateTime(china);
        if (date.Year != year)
        {
            throw new ArgumentOutOfRangeException(nameof(near), near, $"The solar term at {longitude}° searched from {near} falls in {date.Year}, not {year}.");
        }

        return date;
    }

    /// <summary>The sun's apparent longitude in degrees at Julian ephemeris day <paramref name="jde"/>.</summary>
    internal static double ApparentLongitude(double jde)
    {
        var t = (jde - J2000) / 36525.0;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var c = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        var omega = Radians(125.04 - (1934.136 * t));
        return Normalize(l0 + c - 0.00569 - (0.00478 * Math.Sin(omega)));
    }

    private static double JulianDay(DateTime utc) => (utc - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays + J2000;

    private static DateTime FromJulianDay(double jd) => new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc).AddDays(jd - J2000);

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;

    private static double Normalize(double degrees)
    {
        var d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
