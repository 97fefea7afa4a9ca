namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class PathPatternTests
{
    [TestCase("/api/v2/workflows/run", "/api/v2/workflows/run", true)]
    [TestCase("/api/v2/workflows/run", "/api/v2/workflows/run/status", false)]
    [TestCase("/api/v2/*", "/api/v2/workflows/run/status", true)]
    [TestCase("/api/v2/*", "/workflows/v1/x", false)]
    [TestCase("/workflows/v1/workflows/*/execute", "/workflows/v1/workflows/abc/execute", true)]
    [TestCase("/workflows/v1/workflows/*/execute", "/workflows/v1/workflows/a/b/execute", false)]
    [TestCase("*", "/anything/at/all", true)]
    public void Matches_exact_single_segment_and_prefix_patterns(string pattern, string path, bool expected)
    {
        Assert.That(new PathPattern(pattern).IsMatch(path), Is.EqualTo(expected));
    }
}
