namespace Kompetenzzentrum.Contracts.Kernel;

/// <summary>Digital maturity level ("Reifegrad") derived from an overall score of 0–100.</summary>
public enum MaturityLevel
{
    /// <summary>0–25: first steps.</summary>
    Einsteiger = 1,

    /// <summary>25–50: exploring.</summary>
    Entdecker = 2,

    /// <summary>50–75: shaping.</summary>
    Gestalter = 3,

    /// <summary>75–100: leading.</summary>
    Vorreiter = 4,
}

/// <summary>Rules around <see cref="MaturityLevel"/>.</summary>
public static class MaturityLevels
{
    /// <summary>The level of an overall score; a score on a boundary belongs to the higher level.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is outside 0–100.</exception>
    public static MaturityLevel FromScore(double score)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(score, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 100);
        return score switch
        {
            < 25 => MaturityLevel.Einsteiger,
            < 50 => MaturityLevel.Entdecker,
            < 75 => MaturityLevel.Gestalter,
            _ => MaturityLevel.Vorreiter,
        };
    }

    /// <summary>A range of levels an offering suits, inclusive on both ends.</summary>
    public static bool Contains(MaturityLevel from, MaturityLevel to, MaturityLevel level) =>
        level >= from && level <= to;
}
