using System.Text.Json;
using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Modules.Consultations.Questionnaires;

namespace Kompetenzzentrum.Consultations.Tests.Decisions;

public sealed class AnswerCheckTests
{
    private static readonly QuestionnaireVersion Default = new(1, DefaultQuestionnaire.Questions, DateTimeOffset.UnixEpoch);

    private static (ParsedAnswers Parsed, Dictionary<string, string[]> Errors) Check(string json)
    {
        var answers = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
        var errors = new List<FieldError>();
        var parsed = AnswerCheck.Check(Default, answers, errors);
        return (parsed, Errors(errors));
    }

    // The codes of each field's errors; their words are in the module's texts.
    internal static Dictionary<string, string[]> Errors(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray());

    [Fact]
    public void Given_complete_answers_Then_choices_scales_and_texts_are_parsed()
    {
        var (parsed, errors) = Check("""{"industry":"manufacturing","goals":["documents"],"experience":3,"notes":"Wir haben viele PDFs."}""");

        Assert.Empty(errors);
        Assert.Equal(["documents"], parsed.Choices["goals"]);
        Assert.Equal(3, parsed.Scales["experience"]);
        Assert.Equal("Wir haben viele PDFs.", parsed.Texts["notes"]);
    }

    [Fact]
    public void Given_quality_as_a_goal_Then_the_conditional_camera_question_is_required()
    {
        var (_, errors) = Check("""{"industry":"manufacturing","goals":["quality"],"experience":3}""");

        Assert.Equal(["answers.camera"], errors.Keys);
    }

    [Fact]
    public void Given_no_quality_goal_Then_an_answer_to_the_camera_question_is_refused_as_not_asked()
    {
        // The reason is a code; its words in both languages are in the module's texts (checked by the text catalog tests).
        var (_, errors) = Check("""{"industry":"manufacturing","goals":["documents"],"experience":3,"camera":"yes"}""");

        Assert.Equal("consultations.question-not-asked", Assert.Single(errors["answers.camera"]));
    }

    [Theory]
    [InlineData("""{"industry":3,"goals":["documents"],"experience":3}""", "answers.industry")]
    [InlineData("""{"industry":"manufacturing","goals":"documents","experience":3}""", "answers.goals")]
    [InlineData("""{"industry":"manufacturing","goals":["documents"],"experience":"three"}""", "answers.experience")]
    [InlineData("""{"industry":"manufacturing","goals":["documents"],"experience":9}""", "answers.experience")]
    [InlineData("""{"industry":"manufacturing","goals":["documents"]}""", "answers.experience")]
    [InlineData("""{"industry":"manufacturing","goals":["documents"],"experience":3,"notes":5}""", "answers.notes")]
    [InlineData("""{"industry":"manufacturing","goals":["documents"],"experience":3,"q99":"x"}""", "answers.q99")]
    public void Given_a_wrong_or_missing_answer_Then_exactly_that_field_is_named(string json, string field)
    {
        var (_, errors) = Check(json);

        Assert.Equal([field], errors.Keys);
    }
}
