using System.Net;
using Kompetenzzentrum.Contracts.Mail;

namespace Kompetenzzentrum.Modules.Organisations.Accounts;

/// <summary>The account mails. They carry the one-time token; the outbox is erased with the person.</summary>
internal static class AccountMails
{
    public static OutgoingMail Confirmation(string to, string name, string token) => Mail(
        to,
        "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        $"Guten Tag {name},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Code.\nCode: {token}\n",
        "account.confirm-email");

    public static OutgoingMail PasswordReset(string to, string name, string token) => Mail(
        to,
        "Passwort zurücksetzen",
        $"Guten Tag {name},\n\nmit diesem Code setzen Sie Ihr Passwort zurück (2 Stunden gültig).\nCode: {token}\n",
        "account.password-reset");

    public static OutgoingMail Invitation(string to, string organisation, Guid organisationId, string token) => Mail(
        to,
        $"Einladung zu {organisation}",
        $"Guten Tag,\n\nSie wurden eingeladen, {organisation} im Kompetenzzentrum zu vertreten.\nOrganisation: {organisationId}\nCode: {token}\n",
        "organisation.invitation");

    private static OutgoingMail Mail(string to, string subject, string text, string category) =>
        new(to, subject, "<p>" + WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>", text, [], category);
}
