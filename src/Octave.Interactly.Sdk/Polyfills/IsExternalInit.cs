#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>Lets net462 compile <c>init</c> accessors and records; the runtime needs nothing more.</summary>
internal static class IsExternalInit
{
}
#endif
