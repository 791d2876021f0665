using System.Globalization;
using System.Reflection;
using Kompetenzzentrum.Contracts.Texts;

namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>
/// Builds an API request record from a posted form, so that a page can call the same handler as the API. Each
/// constructor parameter is read from the form field of the same camelCase name. Supported: text, numbers,
/// booleans (checkbox), <see cref="Guid"/>, enums, <see cref="DateOnly"/>, <see cref="TimeOnly"/>,
/// <see cref="DateTimeOffset"/> (entered in Europe/Berlin), their nullable forms, and arrays or lists of them
/// (several fields of one name). A value that does not parse becomes an error of its field.
/// </summary>
public static class FormBinder
{
    /// <summary>
    /// The record, or null when a value did not parse (the errors are then in <paramref name="form"/>, in the request's
    /// language: the text <c>common.value-invalid</c>).
    /// </summary>
    /// <param name="form">The posted form; receives the errors of values that do not parse.</param>
    /// <param name="texts">The texts, for the error of a value that does not parse.</param>
    public static T? Bind<T>(FormState form, ITexts texts) where T : class
    {
        ArgumentNullException.ThrowIfNull(texts);
        return BindCore<T>(form, () => texts.Get("common.value-invalid"));
    }

    private static T? BindCore<T>(FormState form, Func<string> invalid) where T : class
    {
        var constructor = typeof(T).GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => Read(form, p, invalid)).ToArray();
        return form.Errors.Count > 0 ? null : (T)constructor.Invoke(arguments);
    }

    private static object? Read(FormState form, ParameterInfo parameter, Func<string> invalid)
    {
        var name = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
        var type = parameter.ParameterType;
        var element = ElementOf(type);
        if (element is not null)
        {
            var items = form.Values(name).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Convert(form, name, v, element, invalid)).ToArray();
            var array = Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                array.SetValue(items[i], i);
            }
            return type.IsArray ? array : Activator.CreateInstance(typeof(List<>).MakeGenericType(element), array);
        }
        var raw = form.Value(name);
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(bool))
        {
            return raw is not null && raw is "on" or "true" or "True" or "1";
        }
        if (string.IsNullOrWhiteSpace(raw))
        {
            return type == typeof(string)
                ? raw
                : (type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null);
        }
        return Convert(form, name, raw, target, invalid);
    }

    private static Type? ElementOf(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        return type.IsGenericType && type.GetGenericArguments() is [var arg]
            && typeof(IEnumerable<>).MakeGenericType(arg).IsAssignableFrom(type) ? arg : null;
    }

    private static object? Convert(FormState form, string name, string raw, Type type, Func<string> invalid)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var text = raw.Trim();
        object? value = target switch
        {
            _ when target == typeof(string) => raw,
            _ when target == typeof(int) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ when target == typeof(long) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            _ when target == typeof(decimal) =>
                decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null,
            _ when target == typeof(double) =>
                double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : null,
            _ when target == typeof(Guid) => Guid.TryParse(text, out var g) ? g : null,
            _ when target == typeof(DateOnly) => DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var day) ? day : null,
            _ when target == typeof(TimeOnly) => TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out var time) ? time : null,
            _ when target == typeof(DateTimeOffset) => LocalTime(text),
            _ when target.IsEnum => Enum.TryParse(target, text, ignoreCase: true, out var e) && Enum.IsDefined(target, e!) ? e : null,
            _ => null,
        };
        if (value is null)
        {
            form.AddError(name, invalid());
        }
        return value;
    }

    // <input type="datetime-local"> sends wall-clock time without an offset: it means Berlin time.
    private static DateTimeOffset? LocalTime(string text)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && text.Contains('+', StringComparison.Ordinal))
        {
            return withOffset;
        }
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, UiText.Berlin.GetUtcOffset(unspecified));
    }
}
