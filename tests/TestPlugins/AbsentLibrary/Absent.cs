namespace AbsentLibrary;

public static class Absent
{
    public static string Hello() => "never reached";
}
