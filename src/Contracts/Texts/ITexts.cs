using System.Globalization;
using Kompetenzzentrum.Contracts.Application;

namespace Kompetenzzentrum.Contracts.Texts;

/// <summary>
/// The words behind text codes, in the request's language (German unless the request asks for English). A code is
/// <c>module.reason</c>; the part before the first dot names the <see cref="TextCatalog"/> that holds it. Placeholders
/// such as <c>{count}</c> take the values of <see cref="TextArgs"/>; with a <c>count</c> of 1 the text
/// <c>code#one</c> is used when the catalog has it ("1 Platz", "3 Plätze").
/// </summary>
public interface ITexts
{
    /// <summary>The text of the code in the current UI culture; the code itself when no catalog has it.</summary>
    string Get(string code, TextArgs? args = null);

    /// <summary>The general reason of a refusal, in the current UI culture.</summary>
    string Reason(Refusal refusal);

    /// <summary>
    /// What the caller can do about a refusal (<c>code.detail</c>, e.g. "Nothing was booked. Retry shortly."), in the
    /// current UI culture; null when the catalog has no such text.
    /// </summary>
    string? Detail(Refusal refusal);

    /// <summary>
    /// The same texts in the language of <paramref name="culture"/> instead of the current UI culture: for work done
    /// for a request outside its own flow, e.g. a shared transaction answering several requests in their languages.
    /// </summary>
    ITexts In(CultureInfo culture);
}
