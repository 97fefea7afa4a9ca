using System.IO;

namespace Octave.Interactly.Sdk.Dashboard.Tests.Support;

/// <summary>The repository's <c>TestResults/dashboard</c> folder, beside the TRX files every test project writes.</summary>
internal static class TestResultsFolder
{
    public static string Path
    {
        get
        {
            var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Octave.Interactly.Sdk.sln")))
            {
                directory = directory.Parent;
            }

            string root = directory?.FullName ?? TestContext.CurrentContext.WorkDirectory;
            string folder = System.IO.Path.Combine(root, "TestResults", "dashboard");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
