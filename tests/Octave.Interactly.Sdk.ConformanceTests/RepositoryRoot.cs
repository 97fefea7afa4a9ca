using System;
using System.IO;

namespace Octave.Interactly.Sdk.ConformanceTests;

/// <summary>The repository checkout the tests run from: the first folder above the test assembly holding the solution.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Octave.Interactly.Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("No Octave.Interactly.Sdk.sln above " + AppContext.BaseDirectory);
    }
}
