using System.Globalization;
using System.Security.Cryptography;
using Kompetenzzentrum.Contracts.Mail;
using Kompetenzzentrum.Contracts.Notifications;
using Kompetenzzentrum.Contracts.Organisations;
using Kompetenzzentrum.Contracts.Templates;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Modules.Research.Interactions;
using Kompetenzzentrum.Modules.Research.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;

namespace Kompetenzzentrum.Modules.Research.Feedback;

/// <summary>Where survey links point (<c>Modules:research:SurveyBaseUrl</c>, the app's public address).</summary>
internal sealed record SurveyLinks(string BaseUrl)
{
    /// <summary>The survey page (<see cref="SurveyTokenPages"/>); the JSON API under <c>/api/research/surveys/</c> takes the same token.</summary>
    public string For(string token) => $"{BaseUrl.TrimEnd('/')}{SurveyTokenPages.Path}/{token}";
}

/// <summary>
/// Sends the survey of every completed participation queued by the projection. Each row is claimed with
/// <c>for update skip locked</c>, so clustered hosts never send one survey twice. The link carries a
/// random token; only its hash is stored. Participations older than 30 days are not surveyed any more.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SurveyDispatchJob(
    NpgsqlDataSource database, ResearchSchema schema, IServiceProvider services, IMailSender mail, ITemplateRenderer templates,
    SurveyLinks links, ITexts texts, TimeProvider clock, IEnumerable<INotificationPreferences> preferences, ILogger<SurveyDispatchJob> logger)
    : IJob
{
    public static readonly JobKey Key = new("feedback-survey-dispatch", "research");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var contacts = services.GetService<IOrganisationContacts>();
        if (contacts is null)
        {
            logger.LogDebug("No IOrganisationContacts registered; feedback surveys wait");
            return;
        }
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var s = ResearchTables.Surveys;
        await using var claim = new NpgsqlCommand(
            $"select {s.ParticipationId}, {s.OrganisationId}, {s.OfferingType}, {s.Topics} from {schema.Name}.{s} "
            + $"where {s.SentAt} is null and {s.CompletedAt} > @since order by {s.CompletedAt} limit 50 for update skip locked", connection, tx);
        claim.Parameters.AddWithValue("since", now.AddDays(-30));
        var due = new List<(Guid Participation, Guid Organisation, string Type, string[] Topics)>();
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                due.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetFieldValue<string[]>(3)));
            }
        }
        // Tokens are stored (and committed) before the mails go out, so a link never arrives before it works.
        var tokens = new List<string>();
        foreach (var survey in due)
        {
            var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            tokens.Add(token);
            await using var mark = new NpgsqlCommand(
                $"update {schema.Name}.{s} set {s.SentAt} = @now, {s.TokenHash} = @hash where {s.ParticipationId} = @id", connection, tx);
            mark.Parameters.AddWithValue("now", now);
            mark.Parameters.AddWithValue("hash", SurveyToken.Hash(token));
            mark.Parameters.AddWithValue("id", survey.Participation);
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        foreach (var (survey, token) in due.Zip(tokens))
        {
            foreach (var contact in await contacts.FindAsync(survey.Organisation, cancellationToken))
            {
                if (!await preferences.AllowAsync(contact.Email, NotificationKind.FeedbackSurveys, cancellationToken))
                {
                    continue; // this admin opted out; the others of the organisation still get the survey
                }
                var language = contact.Language == "en" ? "en" : "de";
                var text = await templates.RenderAsync(
                    SurveyMail.Key, language, new SurveyMailModel(survey.Type, survey.Topics, links.For(token)), cancellationToken);
                var html = MailBody.Html(text);
                var subject = SurveyMail.Subject(texts.In(CultureInfo.GetCultureInfo(language)));
                var outgoing = new OutgoingMail(contact.Email, subject, html, text, [], SurveyMail.Category)
                {
                    OrganisationId = survey.Organisation,
                    Secrets = [token],
                };
                await mail.SendAsync(outgoing, cancellationToken);
            }
        }
        if (due.Count > 0)
        {
            logger.LogInformation("Sent {Count} feedback surveys", due.Count);
        }
    }
}

/// <summary>Survey tokens are stored only as SHA-256 hashes.</summary>
internal static class SurveyToken
{
    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}
