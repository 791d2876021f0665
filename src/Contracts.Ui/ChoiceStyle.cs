namespace Kompetenzzentrum.Contracts.Ui;

/// <summary>How <c>KzChoice</c> shows its options.</summary>
public enum ChoiceStyle
{
    /// <summary>A select box.</summary>
    Select,

    /// <summary>Radio buttons: exactly one.</summary>
    Radio,

    /// <summary>Checkboxes: any number.</summary>
    Checkboxes,
}
