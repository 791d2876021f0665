using Kompetenzzentrum.Modules.Organisations.Duplicates;

namespace Kompetenzzentrum.Organisations.Tests.Duplicates;

/// <summary>The duplicate rules as pure decisions: no host, no database.</summary>
public sealed class DuplicateRulesTests
{
    private static readonly IReadOnlySet<(Guid, Guid)> None = new HashSet<(Guid, Guid)>();

    [Theory]
    [InlineData("Bäckerei Korn GmbH", "BAECKEREI  KORN")]
    [InlineData("Korn GmbH & Co. KG", "korn gmbh")]
    [InlineData("Korn UG (haftungsbeschränkt)", "Korn AG")]
    [InlineData("Korn e.K.", "Korn OHG")]
    [InlineData("Korn GbR", "Korn mbH")]
    [InlineData("Müller-Korn Söhne", "Mueller Korn & Soehne")]
    public void Legal_forms_case_punctuation_and_umlauts_do_not_count(string a, string b) =>
        Assert.Equal(OrganisationNameKey.Of(a), OrganisationNameKey.Of(b));

    [Theory]
    [InlineData("Korn GmbH", "Kern GmbH")]
    [InlineData("Korn Bau GmbH", "Korn GmbH")]
    public void Different_names_stay_different(string a, string b) =>
        Assert.NotEqual(OrganisationNameKey.Of(a), OrganisationNameKey.Of(b));

    [Fact]
    public void Same_name_and_postcode_is_a_pair_but_another_postcode_is_not()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var pairs = DuplicateRules.Find(
            [new(a, "Korn GmbH", "01067", []), new(b, "KORN KG", "01067", []), new(c, "Korn GmbH", "01069", [])], None);

        var pair = Assert.Single(pairs);
        Assert.Equal(DuplicateRules.PairKey(a, b), (pair.First, pair.Second));
        Assert.Equal([DuplicateRules.NamePostcode], pair.Rules);
    }

    [Fact]
    public void A_shared_company_domain_is_a_pair_and_free_mail_is_not()
    {
        var (a, b, c, d) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var pairs = DuplicateRules.Find(
        [
            new(a, "Alpha", "10115", ["info@korn-bau.de"]), new(b, "Beta", "80331", ["Jan@KORN-BAU.DE"]),
            new(c, "Gamma", "10115", ["x@gmx.de"]), new(d, "Delta", "80331", ["y@gmx.de", "z@web.de"]),
        ], None);

        var pair = Assert.Single(pairs);
        Assert.Equal((DuplicateRules.PairKey(a, b), "korn-bau.de"), ((pair.First, pair.Second), pair.Domain));
        Assert.Equal([DuplicateRules.EmailDomain], pair.Rules);
    }

    [Fact]
    public void A_pair_found_by_both_rules_names_both_and_a_dismissed_pair_is_left_out()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        DuplicateCandidate[] both = [new(a, "Korn GmbH", "01067", ["a@korn.de"]), new(b, "Korn", "01067", ["b@korn.de"])];

        Assert.Equal([DuplicateRules.EmailDomain, DuplicateRules.NamePostcode], Assert.Single(DuplicateRules.Find(both, None)).Rules);
        Assert.Empty(DuplicateRules.Find(both, new HashSet<(Guid, Guid)> { DuplicateRules.PairKey(b, a) }));
    }

    [Fact]
    public void A_block_larger_than_the_limit_proposes_nothing()
    {
        var many = Enumerable.Range(0, DuplicateRules.MaxBlock + 1)
            .Select(i => new DuplicateCandidate(Guid.NewGuid(), $"Firma {i}", "10115", [$"p{i}@hoster.example"]));
        Assert.Empty(DuplicateRules.Find(many, None));
    }
}
