using Kompetenzzentrum.Contracts.Maturity;

namespace Kompetenzzentrum.Organisations.Tests.Maturity.Http;

internal static class QuestionSetBodies
{
    private static readonly object[] Labels =
        [new { de = "0", en = "0" }, new { de = "1", en = "1" }, new { de = "2", en = "2" }, new { de = "3", en = "3" }, new { de = "4", en = "4" }];

    /// <summary>A minimal valid set: one question per dimension with ids <c>{prefix}-{dimension}</c>.</summary>
    public static object OnePerDimension(string prefix) => new
    {
        questions = MaturityDimensions.All.Select(d => new
        {
            id = $"{prefix}-{d}",
            kind = "dimension",
            key = d,
            text = new { de = $"Frage zu {d}", en = $"Question on {d}" },
            labels = Labels,
        }).ToArray(),
    };
}
