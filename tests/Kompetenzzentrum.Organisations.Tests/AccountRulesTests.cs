using Kompetenzzentrum.Modules.Organisations.Accounts;

namespace Kompetenzzentrum.Organisations.Tests;

public sealed class AccountRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("anna@example.org", true)]
    [InlineData("anna.mueller@betrieb.de", true)]
    [InlineData("anna@localhost", false)]
    [InlineData("anna.example.org", false)]
    [InlineData("anna@@example.org", false)]
    [InlineData("Anna <anna@example.org>", false)]
    [InlineData("", false)]
    public void Email_validity(string email, bool valid) => Assert.Equal(valid, AccountRules.IsValidEmail(email));

    [Theory]
    [InlineData("kurz1A!", false)]
    [InlineData("nurkleinbuchstaben", false)]
    [InlineData("Passwort123", false)]
    [InlineData("anna-mueller-2026X", false)]
    [InlineData("Sicher-Genug-2026!", true)]
    public void Password_strength(string password, bool strong) =>
        Assert.Equal(strong, AccountRules.PasswordWeakness(password, "anna-mueller@example.org") is null);

    [Fact]
    public void Given_four_failures_When_the_fifth_fails_Then_the_account_is_locked()
    {
        var account = new Account { Id = Guid.NewGuid(), EmailConfirmed = true, FailedSignIns = 4 };
        var (outcome, events) = AccountRules.SignIn(account, passwordMatches: false, Now);
        Assert.Equal(AccountRules.SignInOutcome.LockedOut, outcome);
        var locked = Assert.IsType<AccountLockedOut>(events[1]);
        Assert.Equal(Now + AccountRules.LockoutDuration, locked.Until);
    }

    [Fact]
    public void Given_a_locked_account_When_the_right_password_comes_Then_it_stays_locked_until_the_time_is_up()
    {
        var account = new Account { Id = Guid.NewGuid(), EmailConfirmed = true, LockedUntil = Now.AddMinutes(5) };
        Assert.Equal(AccountRules.SignInOutcome.LockedOut, AccountRules.SignIn(account, true, Now).Outcome);
        Assert.Equal(AccountRules.SignInOutcome.Success, AccountRules.SignIn(account, true, Now.AddMinutes(6)).Outcome);
    }

    [Fact]
    public void Given_an_unconfirmed_address_Then_sign_in_is_refused_without_counting_a_failure()
    {
        var (outcome, events) = AccountRules.SignIn(new Account { Id = Guid.NewGuid() }, true, Now);
        Assert.Equal(AccountRules.SignInOutcome.Unconfirmed, outcome);
        Assert.Empty(events);
    }
}
