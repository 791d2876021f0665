using Kompetenzzentrum.Contracts.Application;
using Kompetenzzentrum.Contracts.Texts;
using Kompetenzzentrum.Contracts.Ui;

namespace Kompetenzzentrum.Modules.Catalog.Sessions;

/// <summary>
/// The phone booking form's organisation picker: staff type a name (or an e-mail domain, a postcode, an id) into
/// <c>organisation</c>, search, and choose one of the organisations found as <c>organisationId</c>. An id typed into the
/// search books without choosing; the handler (<see cref="Bookings.PhoneBookings"/>) still refuses an unknown one.
/// </summary>
internal static class PhoneSearch
{
    public const string Text = "organisation";
    public const string Choice = "organisationId";
    public const int MaxLength = 200;
    public const int Limit = 20;

    /// <summary>Adds an error to the search field when its text cannot be searched; true when it can.</summary>
    public static bool Searchable(FormState state, ITexts texts)
    {
        var text = state.Value(Text)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            state.AddError(Text, texts.Get("catalog.staff-ops.search-required"));
        }
        else if (text.Length > MaxLength)
        {
            state.AddError(Text, texts.Get("catalog.staff-ops.search-too-long", TextArgs.Of(("max", MaxLength))));
        }
        return state.ErrorsOf(Text).Count == 0;
    }

    /// <summary>
    /// The organisation to book for: the one chosen from the list, else an id typed into the search; null when none is
    /// given (the handler names that). A name typed but not searched and chosen is an error of the search field.
    /// </summary>
    public static (Guid? Organisation, bool Refused) Organisation(FormState state, ITexts texts)
    {
        var chosen = state.Value(Choice)?.Trim();
        if (!string.IsNullOrEmpty(chosen))
        {
            return Guid.TryParse(chosen, out var id) ? (id, false) : (null, Error(state, Choice, texts));
        }
        var typed = state.Value(Text)?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return (null, false);
        }
        return Guid.TryParse(typed, out var organisation) ? (organisation, false) : (null, Error(state, Text, texts));
    }

    /// <summary>
    /// The handler's refusal for the page: without a choice from the list the organisation came from the search field
    /// (or was missing), so its errors stand there, where staff typed.
    /// </summary>
    public static Refusal ForPage(Refusal refused, FormState state) => !string.IsNullOrWhiteSpace(state.Value(Choice))
        ? refused
        : refused with { Fields = [.. refused.Fields.Select(f => f.Field == Choice ? f with { Field = Text } : f)] };

    private static bool Error(FormState state, string field, ITexts texts)
    {
        state.AddError(field, texts.Get("catalog.staff-ops.organisation-id"));
        return true;
    }
}
