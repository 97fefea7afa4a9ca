// Entry point placeholder; replaced by the emulator CLI.
internal static class Program
{
    private static int Main() => 0;
}
