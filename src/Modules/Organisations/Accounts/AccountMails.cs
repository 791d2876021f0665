using Kompetenzzentrum.Contracts.Mail;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>
/// The account mails. Those with a one-time token name it as their secret, so the outbox keeps them sealed from
/// staff (a reset code read there would take the account over); the outbox is erased with the person.
/// </summary>
internal static class AccountMails
{
    public static OutgoingMail Confirmation(string to, string name, string token) => Mail(
        to,
        "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        $"Guten Tag {name},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Code.\nCode: {token}\n",
        "account.confirm-email",
        token);

    public static OutgoingMail PasswordReset(string to, string name, string token, string link) => Mail(
        to,
        "Passwort zurücksetzen",
        $"Guten Tag {name},\n\nüber diesen Link setzen Sie Ihr Passwort zurück (2 Stunden gültig):\n{link}\n\n"
            + $"Oder geben Sie den Code auf der Seite „Passwort vergessen?“ ein.\nCode: {token}\n"
            + "Wenn Sie das nicht angefordert haben, müssen Sie nichts tun.\n",
        "account.password-reset",
        token);

    public static OutgoingMail Invitation(string to, string organisation, Guid organisationId, string token, string link) => Mail(
        to,
        $"Einladung zu {organisation}",
        $"Guten Tag,\n\nSie wurden eingeladen, {organisation} im Kompetenzzentrum zu vertreten. Über diesen Link treten Sie bei "
            + $"(14 Tage gültig); wer noch kein Konto hat, legt dort eines an:\n{link}\n\nOrganisation: {organisationId}\nCode: {token}\n",
        "organisation.invitation",
        token);

    /// <summary>Someone registered with an address that has an account: its owner hears of it, the registrant learns nothing.</summary>
    public static OutgoingMail RegistrationAttempt(string to, string name) => Mail(
        to,
        "Registrierung mit Ihrer E-Mail-Adresse",
        $"Guten Tag {name},\n\njemand hat versucht, mit Ihrer E-Mail-Adresse ein neues Konto anzulegen. Für diese Adresse gibt es bereits "
            + "ein Konto. Wenn Sie das waren, melden Sie sich einfach an oder setzen Sie Ihr Passwort zurück. Wenn nicht, müssen Sie "
            + "nichts tun; es wurde kein Konto angelegt.\n",
        "account.registration-attempt");

    /// <summary>The account was locked after repeated failed sign-ins; sign-in itself does not say so (no enumeration).</summary>
    public static OutgoingMail LockedOut(string to, string name, DateTimeOffset until) => Mail(
        to,
        "Ihr Konto ist vorübergehend gesperrt",
        $"Guten Tag {name},\n\nnach mehreren fehlgeschlagenen Anmeldeversuchen ist Ihr Konto "
            + $"bis {until.ToUniversalTime():dd.MM.yyyy HH:mm} Uhr (UTC) gesperrt. "
            + "Wenn Sie das nicht waren, versucht vielleicht jemand, Ihr Passwort zu erraten: setzen Sie es nach Ablauf der Sperre zurück.\n",
        "account.locked");

    private static OutgoingMail Mail(string to, string subject, string text, string category, string? secret = null) =>
        new(to, subject, MailBody.Html(text), text, [], category)
        {
            Secrets = secret is null ? [] : [secret],
        };
}
