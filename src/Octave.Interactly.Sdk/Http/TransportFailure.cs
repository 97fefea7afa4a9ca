using System;
using System.Net.Http;
using System.Net.Sockets;

namespace Octave.Interactly.Sdk.Http;

/// <summary>Classifies transport exceptions by whether the request could have reached the server.</summary>
internal static class TransportFailure
{
    /// <summary>
    /// True when the connection failed before any byte of the request was sent (refused, unreachable,
    /// name resolution): the server cannot have acted on it, so even a job-starting POST may be re-sent.
    /// </summary>
    public static bool FailedBeforeSending(Exception exception)
    {
#if NET8_0_OR_GREATER
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
        {
            return true;
        }
#endif
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                return socket.SocketErrorCode is SocketError.ConnectionRefused
                    or SocketError.HostNotFound
                    or SocketError.HostUnreachable
                    or SocketError.NetworkUnreachable
                    or SocketError.TryAgain;
            }
        }

        return false;
    }
}
